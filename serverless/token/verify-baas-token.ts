import "server-only";
// Verifies a data-API token: HS256 only, our issuer and audience, not expired. Any failure is one
// AppError("unauthorized") with a message a person understands; jose's details stay on the server.
import { errors, jwtVerify } from "jose";
import { isTokenScope, type TokenScope } from "../../core/access/token-scopes";
import { AppError } from "../../core/errors/app-error";
import { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenSigningKey } from "./token-config";

export type VerifiedToken = { sub?: string; userId?: number; scopes: TokenScope[]; expiresAt: number };

export async function verifyBaasToken(token: string): Promise<VerifiedToken> {
  try {
    const { payload } = await jwtVerify(token, tokenSigningKey(), {
      algorithms: ["HS256"],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      requiredClaims: ["exp", "iat"],
    });
    const scopes = String(payload.scope ?? "").split(" ").filter(isTokenScope);
    const userId = payload.sub !== undefined ? Number(payload.sub) : undefined;
    if (userId !== undefined && !(Number.isInteger(userId) && userId > 0)) throw new AppError("unauthorized", "That access token is not valid.");
    return { sub: payload.sub, userId, scopes, expiresAt: payload.exp! * 1000 };
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof errors.JWTExpired) throw new AppError("unauthorized", "Your access token has expired. Get a new one from /api/baas/token.");
    throw new AppError("unauthorized", "That access token is not valid.");
  }
}

/** The Bearer token of a request, or null when there is none. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization") ?? "";
  const m = /^Bearer\s+([A-Za-z0-9_\-.]+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}
