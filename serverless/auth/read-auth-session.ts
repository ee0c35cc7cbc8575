import "server-only";
// Reads the next-auth session (a JWT in a cookie) from a request. Only the cookie counts: a Bearer header
// is a data-API token, never a session.
// The token proves WHO signed in (its `sub`), and only for AUTH_SESSION_MAX_AGE_SECONDS after it was last issued
// (`iat`, checked here as well as next-auth's own `exp`). WHAT that user may do is read from the User row on every
// call: a role copied into the cookie at sign-in would keep "admin" for the cookie's lifetime after a demotion.
import { getToken } from "next-auth/jwt";
import { parseRole, type Role } from "../../core/users/role";
import { prisma } from "../../infra/db/prisma-client";
import { AUTH_SESSION_MAX_AGE_SECONDS, authSecret, secureAuthCookies } from "./auth-options";

export type AuthSession = { userId: number; role: Role };

/** Seconds of clock difference tolerated on `iat` (next-auth allows 15 s on `exp`). */
const CLOCK_SKEW_SECONDS = 30;

function cookieMap(header: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      map.set(name, decodeURIComponent(value));
    } catch {
      map.set(name, value);
    }
  }
  return map;
}

/** Is a session token's `iat` present, not in the future and no older than the session lifetime? */
export function isFreshSessionIssue(iat: unknown, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  if (typeof iat !== "number" || !Number.isFinite(iat)) return false;
  return iat <= nowSeconds + CLOCK_SKEW_SECONDS && nowSeconds - iat <= AUTH_SESSION_MAX_AGE_SECONDS + CLOCK_SKEW_SECONDS;
}

export async function readAuthSession(request: Request): Promise<AuthSession | null> {
  const token = await getToken({
    // Cookies only (an empty header set, so next-auth's Bearer fallback cannot kick in).
    req: { cookies: cookieMap(request.headers.get("cookie")), headers: new Headers() } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authSecret(),
    secureCookie: secureAuthCookies(),
  });
  const userId = Number(token?.sub);
  if (!token || !Number.isInteger(userId) || userId <= 0 || !isFreshSessionIssue(token.iat)) return null;
  // The role as it is now (a deleted account has no session at all).
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user) return null;
  return { userId, role: parseRole(user.role) };
}
