import "server-only";
// Bridge: a serverless part (purchase function, the data API's orders) needs a BaaS token naming the user. While
// auth is still the monolith's session, the server — which has just checked that session — mints the token for
// the session's user. With auth moved to the BaaS, the same call is the token service's own job (issue-token.ts).
// Server to server only: the token never reaches the browser.
import { ANONYMOUS_SCOPES, USER_SCOPES } from "../../core/access/token-scopes";
import { mintBaasToken } from "../../serverless/token/mint-baas-token";

export async function userTokenFor(userId: number): Promise<string> {
  return (await mintBaasToken({ scopes: USER_SCOPES, userId })).token;
}

export async function catalogReadToken(): Promise<string> {
  return (await mintBaasToken({ scopes: ANONYMOUS_SCOPES })).token;
}
