// BaaS data API (read-only): one pet.
import { methodNotAllowed, withGateway } from "@/serverless/gateway/with-gateway";
import { readPet } from "@/serverless/data-api/read-pet";

export const GET = withGateway<{ id: string }>(
  { servedBy: "data-api", auth: "required", scopes: ["catalog:read"] },
  (_request, { params }) => readPet(params.id),
);
const readOnly = methodNotAllowed("data-api");
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
