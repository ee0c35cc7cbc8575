// BaaS data API (read-only): one of the token owner's orders.
import { methodNotAllowed, withGateway } from "@/serverless/gateway/with-gateway";
import { readOrder } from "@/serverless/data-api/read-order";

export const GET = withGateway<{ id: string }>(
  { servedBy: "data-api", auth: "required", scopes: ["orders:read"] },
  (_request, { token, params }) => readOrder(token, params.id),
);
const readOnly = methodNotAllowed("data-api");
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
