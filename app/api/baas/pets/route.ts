// BaaS data API (read-only): featured pets or pets by ids.
import { methodNotAllowed, withGateway } from "@/serverless/gateway/with-gateway";
import { readPets } from "@/serverless/data-api/read-pets";

export const GET = withGateway({ servedBy: "data-api", auth: "required", scopes: ["catalog:read"] }, (request) => readPets(request));
const readOnly = methodNotAllowed("data-api");
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
