import "server-only";
// Reads the next-auth session (a JWT in a cookie) from a request. Only the cookie counts: a Bearer header
// is a data-API token, never a session.
import { getToken } from "next-auth/jwt";
import { authSecret, secureAuthCookies } from "./auth-options";

export type AuthSession = { userId: number; role: "customer" | "admin" };

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

export async function readAuthSession(request: Request): Promise<AuthSession | null> {
  const token = await getToken({
    // Cookies only (an empty header set, so next-auth's Bearer fallback cannot kick in).
    req: { cookies: cookieMap(request.headers.get("cookie")), headers: new Headers() } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authSecret(),
    secureCookie: secureAuthCookies(),
  });
  const userId = Number(token?.sub);
  if (!token || !Number.isInteger(userId) || userId <= 0) return null;
  return { userId, role: token.role === "admin" ? "admin" : "customer" };
}
