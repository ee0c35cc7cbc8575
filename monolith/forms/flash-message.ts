// The one-off messages a form handler sends back in the address (?error=, ?notice=, ?migrationError=) carry a
// signature: a page shows a message only when this server wrote it. Before, any text in the address was shown as
// the page's own alert — `?error=Password+expired:+re-enter+at+http://evil.example` on a real login page (escaped,
// so no script: spoofing). The messages stay sentences (they carry values: "try again in 4 seconds") and are
// worded in the visitor's language before they are signed; an unsigned or altered one is simply not shown.
import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecrets } from "../../infra/secrets/app-secrets";

export type FlashKey = "error" | "notice" | "migrationError";
const FLASH_KEYS: readonly FlashKey[] = ["error", "notice", "migrationError"];

const sigParam = (key: FlashKey) => `${key}Sig`;

function signature(key: FlashKey, message: string): string {
  return createHmac("sha256", appSecrets().sessionSecret).update(`flash:${key}:${message}`).digest("base64url").slice(0, 22);
}

/** Puts a signed message on a URL's query (replacing one there). */
export function setFlash(url: URL, key: FlashKey, message: string): void {
  url.searchParams.set(key, message);
  url.searchParams.set(sigParam(key), signature(key, message));
}

/** Removes every message (and its signature) from a URL's query: a one-off must not show again. */
export function clearFlash(url: URL): void {
  for (const key of FLASH_KEYS) {
    url.searchParams.delete(key);
    url.searchParams.delete(sigParam(key));
  }
}

type Params = Record<string, string | string[] | undefined>;

/** The message under `key` when this server signed it, else undefined (at most 500 characters). */
export function flashMessage(params: Params, key: FlashKey): string | undefined {
  const message = params[key];
  const sig = params[sigParam(key)];
  if (typeof message !== "string" || typeof sig !== "string" || message.length > 500) return undefined;
  const expected = Buffer.from(signature(key, message));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? message : undefined;
}
