// The monolith's session cookie: a random 256-bit id, httpOnly, SameSite=Lax. Only its hash is stored.
import { createHash, randomBytes } from "node:crypto";
import { env } from "../../core/config/env";

export const SESSION_COOKIE = "pst_sid";
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 14;
/** Set by proxy.ts (never by a client: it drops theirs) on the request whose session id it just made. */
export const FRESH_SESSION_HEADER = "x-pst-fresh-session";

export function newSessionId(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionId(sid: string): string {
  return createHash("sha256").update(sid).digest("base64url");
}

export function isWellFormedSessionId(sid: string | undefined): sid is string {
  return typeof sid === "string" && /^[A-Za-z0-9_-]{43}$/.test(sid);
}

export function sessionCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: env().secureCookies,
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  };
}
