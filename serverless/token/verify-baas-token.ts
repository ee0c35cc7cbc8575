import "server-only";
// Verifies a data-API token: HS256 only, our issuer and audience, not expired, and never older or longer-lived
// than the token service hands out (the configured TTL plus a little clock skew): a token minted with a far
// expiry — by a bug, or by anyone who once held a signing key — is refused however long its `exp` says.
// Any failure is one AppError("unauthorized") with a message a person understands; jose's details stay on the server.
import { errors, jwtVerify } from "jose";
import { isTokenScope, type TokenScope } from "../../core/access/token-scopes";
import { AppError } from "../../core/errors/app-error";
import { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenSigningKey, tokenTtlSeconds } from "./token-config";

export type VerifiedToken = { sub?: string; userId?: number; scopes: TokenScope[]; expiresAt: number };

/** Seconds of clock difference tolerated between the machine that minted a token and the one checking it. */
export const TOKEN_CLOCK_SKEW_SECONDS = 30;

export async function verifyBaasToken(token: string, now = new Date()): Promise<VerifiedToken> {
  const maxTokenAge = tokenTtlSeconds() + TOKEN_CLOCK_SKEW_SECONDS;
  try {
    const { payload } = await jwtVerify(token, tokenSigningKey(), {
      algorithms: ["HS256"],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      requiredClaims: ["exp", "iat"],
      // iat no older than the TTL (and not in the future); the lifetime check below bounds exp the same way.
      maxTokenAge,
      clockTolerance: TOKEN_CLOCK_SKEW_SECONDS,
      currentDate: now,
    });
    if (payload.exp! - payload.iat! > maxTokenAge) throw AppError.of("unauthorized", "token.invalid");
    const scopes = String(payload.scope ?? "")
      .split(" ")
      .filter(isTokenScope);
    const userId = payload.sub !== undefined ? Number(payload.sub) : undefined;
    if (userId !== undefined && !(Number.isInteger(userId) && userId > 0)) throw AppError.of("unauthorized", "token.invalid");
    return { sub: payload.sub, userId, scopes, expiresAt: payload.exp! * 1000 };
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof errors.JWTExpired) throw AppError.of("unauthorized", "token.expired");
    throw AppError.of("unauthorized", "token.invalid");
  }
}

/** The Bearer token of a request, or null when there is none. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization") ?? "";
  const m = /^Bearer\s+([A-Za-z0-9_\-.]+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}
