// The purchase function behind the gateway (a signed-in user's token with the `purchase` scope).
import { methodNotAllowed, withGateway } from "@/serverless/gateway/with-gateway";
import { runFunction } from "@/serverless/runtime/function-runtime";
import { purchaseFunction } from "@/serverless/functions/purchase/purchase-function";

export const POST = withGateway({ servedBy: "function:purchase", auth: "required", scopes: ["purchase"] }, runFunction(purchaseFunction));
const postOnly = methodNotAllowed("function:purchase", ["POST"]);
export const GET = postOnly;
export const PUT = postOnly;
export const PATCH = postOnly;
export const DELETE = postOnly;
