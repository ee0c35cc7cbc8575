// Token service: a short-lived data-API token for the browser (anonymous or for the signed-in user).
import { withGateway, methodNotAllowed } from "@/serverless/gateway/with-gateway";
import { issueToken } from "@/serverless/token/issue-token";

export const GET = withGateway({ servedBy: "auth", auth: "none" }, (request) => issueToken(request));
const readOnly = methodNotAllowed("auth");
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
