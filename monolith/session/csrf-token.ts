// CSRF protection for every monolith form post: a synchronizer token derived from the session id with
// an HMAC (no storage needed), put in a hidden field and checked by every form handler.
import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecrets } from "../../infra/secrets/app-secrets";

export const CSRF_FIELD = "csrfToken";

export function csrfTokenFor(sid: string): string {
  return createHmac("sha256", appSecrets().sessionSecret).update(`csrf:${sid}`).digest("base64url");
}

export function isValidCsrfToken(sid: string | undefined, token: unknown): boolean {
  if (!sid || typeof token !== "string" || token.length === 0) return false;
  const expected = Buffer.from(csrfTokenFor(sid));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
