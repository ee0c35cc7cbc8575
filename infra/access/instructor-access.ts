// The instructor role. Whoever holds the instructor key may change the app for everyone (runtime limits, load,
// failure switches, lessons, migration); nobody else may, whatever account they are signed in with.
// Two ways to prove it: the `x-class-key` header (scripts, tests), or the httpOnly cookie a browser receives by
// opening `/class?key=<key>` once. The cookie holds its issue time and an HMAC of that time under the key, never the
// key itself, so a cookie seen in a screenshot or a proxy log cannot be turned back into the key — and it stops
// working 12 hours after it was issued, whatever the browser keeps (the server checks the signed time: a copied
// cookie is not good forever, as the earlier fixed HMAC was).
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../../core/config/env";
import { AppError } from "../../core/errors/app-error";
import { appSecrets } from "../secrets/app-secrets";

export const INSTRUCTOR_COOKIE = "pst_instructor";
export const CLASS_KEY_HEADER = "x-class-key";
const INSTRUCTOR_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 12; // one teaching day

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function isClassKey(candidate: string | null | undefined): boolean {
  return typeof candidate === "string" && candidate.length > 0 && sameText(candidate, appSecrets().classKey);
}

function cookieSignature(issuedAtSeconds: number): string {
  return createHmac("sha256", appSecrets().classKey).update(`pet-store-twin/instructor-cookie/v2:${issuedAtSeconds}`).digest("base64url");
}

/** `<issued at, epoch seconds>.<HMAC of it under the instructor key>`. */
export function instructorCookieValue(now = Date.now()): string {
  const issuedAt = Math.floor(now / 1000);
  return `${issuedAt}.${cookieSignature(issuedAt)}`;
}

/** A cookie this server issued (right signature), not older than 12 hours and not from the future. */
export function isValidInstructorCookie(value: string, now = Date.now()): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return false;
  const issuedAt = Number(match[1]);
  const age = Math.floor(now / 1000) - issuedAt;
  if (age < -60 || age > INSTRUCTOR_COOKIE_MAX_AGE_SECONDS) return false;
  return sameText(match[2]!, cookieSignature(issuedAt));
}

export function instructorCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "strict" as const,
    secure: env().secureCookies,
    path: "/",
    maxAge: INSTRUCTOR_COOKIE_MAX_AGE_SECONDS,
  };
}

function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export type InstructorProof = "header" | "cookie" | "none" | "wrong-key";

/** How (or whether) a request proves the instructor role; works with a Request or a server component's headers(). */
export function instructorProof(headers: Headers): InstructorProof {
  const key = headers.get(CLASS_KEY_HEADER);
  if (key !== null) return isClassKey(key) ? "header" : "wrong-key";
  const cookie = readCookie(headers.get("cookie"), INSTRUCTOR_COOKIE);
  if (cookie === undefined) return "none";
  return isValidInstructorCookie(cookie) ? "cookie" : "wrong-key";
}

export function isInstructor(headers: Headers): boolean {
  const proof = instructorProof(headers);
  return proof === "header" || proof === "cookie";
}

/** Throws 401 when the request carries no instructor proof at all, 403 when it carries a wrong one. */
export function requireInstructor(headers: Headers): void {
  const proof = instructorProof(headers);
  if (proof === "header" || proof === "cookie") return;
  if (proof === "none") {
    throw AppError.of("unauthorized", "class.instructorOnly", {});
  }
  throw AppError.of("forbidden", "class.wrongKey");
}
