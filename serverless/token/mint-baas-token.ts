import "server-only";
// Mints a short-lived HS256 data-API token (jose). Short-lived because it lives in the browser: a stolen one
// is worth five minutes, and the single-page app simply asks for a new one.
import { SignJWT } from "jose";
import type { TokenScope } from "../../core/access/token-scopes";
import { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenSigningKey, tokenTtlSeconds } from "./token-config";

export type MintedToken = { token: string; expiresAt: string; scopes: TokenScope[] };

export async function mintBaasToken(input: {
  scopes: TokenScope[];
  userId?: number;
  ttlSeconds?: number;
  now?: Date;
}): Promise<MintedToken> {
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const exp = iat + (input.ttlSeconds ?? tokenTtlSeconds());
  let jwt = new SignJWT({ scope: input.scopes.join(" ") })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(crypto.randomUUID());
  if (input.userId !== undefined) jwt = jwt.setSubject(String(input.userId));
  const token = await jwt.sign(tokenSigningKey());
  return { token, expiresAt: new Date(exp * 1000).toISOString(), scopes: input.scopes };
}
