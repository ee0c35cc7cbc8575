// The search function behind the gateway (public: a token is optional and only sets the rate-limit key).
import { methodNotAllowed, withGateway } from "@/serverless/gateway/with-gateway";
import { runFunction } from "@/serverless/runtime/function-runtime";
import { searchFunction } from "@/serverless/functions/search/search-function";

export const GET = withGateway({ servedBy: "function:search", auth: "optional" }, runFunction(searchFunction));
const readOnly = methodNotAllowed("function:search");
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
