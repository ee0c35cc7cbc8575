// BaaS data API (read-only): the category list.
import { methodNotAllowed, withGateway } from "@/serverless/gateway/with-gateway";
import { readCategories } from "@/serverless/data-api/read-categories";

export const GET = withGateway({ servedBy: "data-api", auth: "required", scopes: ["catalog:read"] }, () => readCategories());
const readOnly = methodNotAllowed("data-api");
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
