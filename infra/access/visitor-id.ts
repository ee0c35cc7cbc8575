// Every browser gets a random visitor id in an httpOnly cookie (set by proxy.ts on the first request it sees).
// It is not an account and no row is stored for it: it only lets the architecture lens show a visitor their own
// traffic and no one else's. Spans carry a hash of it (visitorKey), never the id itself.
import { createHash, randomBytes } from "node:crypto";
import { env } from "../../core/config/env";

export const VISITOR_COOKIE = "pst_vid";

export function newVisitorId(): string {
  return randomBytes(18).toString("base64url");
}

export function isWellFormedVisitorId(value: string | undefined | null): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{24}$/.test(value);
}

export function visitorCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: env().secureCookies, path: "/", maxAge: 60 * 60 * 24 * 365 };
}

/** The key spans are filed under: a hash, so a span list can never hand out someone's cookie value. */
export function visitorKey(visitorId: string): string {
  return createHash("sha256").update(`visitor:${visitorId}`).digest("base64url").slice(0, 22);
}

/** The visitor key of a request from its Cookie header, or undefined without a (well-formed) visitor cookie. */
export function visitorKeyFromHeaders(headers: Headers): string | undefined {
  return visitorKeyFromCookieHeader(headers.get("cookie"));
}

/** The same from a Cookie header's text. */
export function visitorKeyFromCookieHeader(cookieHeader: string | null): string | undefined {
  const cookie = cookieHeader ?? "";
  for (const part of cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== VISITOR_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return isWellFormedVisitorId(value) ? visitorKey(value) : undefined;
  }
  return undefined;
}
