// BaaS data API (read-only): one page of a category's pets.
import { methodNotAllowed, withGateway } from "@/serverless/gateway/with-gateway";
import { readCategoryPets } from "@/serverless/data-api/read-category-pets";

export const GET = withGateway<{ slug: string }>(
  { servedBy: "data-api", auth: "required", scopes: ["catalog:read"] },
  (request, { params }) => readCategoryPets(request, params.slug),
);
const readOnly = methodNotAllowed("data-api");
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
