// BaaS data API (read-only): the token owner's orders.
import { methodNotAllowed, withGateway } from "@/serverless/gateway/with-gateway";
import { readOrders } from "@/serverless/data-api/read-orders";

export const GET = withGateway({ servedBy: "data-api", auth: "required", scopes: ["orders:read"] }, (_request, { token }) =>
  readOrders(token),
);
const readOnly = methodNotAllowed("data-api");
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
