import "server-only";
// ARCH: the monolith checks its own session cookie on every request; here the browser trades its BaaS-auth
// session for a short-lived bearer token that the data API and functions verify without any session store.
// GET /api/baas/token: the only place a browser gets a data-API token. Without a BaaS-auth session the
// token can only read the catalog; with one it also carries the user's id and the orders/purchase scopes.
import { ANONYMOUS_SCOPES, USER_SCOPES } from "../../core/access/token-scopes";
import { readAuthSession } from "../auth/read-auth-session";
import { mintBaasToken } from "./mint-baas-token";
import { tokenResponseSchema } from "../../core/contract/serverless-api";
import { contractJson } from "../gateway/contract-json";

export async function issueToken(request: Request): Promise<Response> {
  const session = await readAuthSession(request);
  const minted = session
    ? await mintBaasToken({ scopes: USER_SCOPES, userId: session.userId })
    : await mintBaasToken({ scopes: ANONYMOUS_SCOPES });
  return contractJson(tokenResponseSchema, minted, { headers: { "Cache-Control": "no-store", Vary: "Cookie" } });
}
