// The short-lived BaaS token the browser uses for the data API and the functions.
// ARCH: the monolith never hands the browser a credential for its database — its server queries while
// rendering. Here the browser itself holds a 5-minute, scope-limited token (anonymous: catalog:read; after
// login also orders:read and purchase) and talks to the data API directly, so the token must be cached,
// renewed before it expires and replaced whenever the signed-in user changes.
import { observedFetch } from "../../lens/client/observed-fetch";
import { takeShellToken } from "./early-reads";
import { errorSentence } from "@/core/errors/error-text";

export type BaasToken = { token: string; expiresAt: number; scopes: string[] };

/** Renew this long before `expiresAt`, so a request never leaves with a token about to die in flight. */
const REFRESH_MARGIN_MS = 30_000;

let current: BaasToken | null = null;
let inflight: Promise<BaasToken> | null = null;
/** Bumped by invalidateToken(): an answer to an older request must not overwrite a newer identity. */
let generation = 0;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

export class TokenError extends Error {}

async function requestToken(): Promise<BaasToken> {
  let response: Response;
  try {
    response = await observedFetch("/api/baas/token");
  } catch {
    throw new TokenError(errorSentence("client.tokenOffline"));
  }
  const body = (await response.json().catch(() => null)) as { token?: unknown; expiresAt?: unknown; scopes?: unknown } | null;
  if (!response.ok || !body || typeof body.token !== "string") {
    throw new TokenError("The store's token service is not answering right now. Please try again.");
  }
  const expiresAt = typeof body.expiresAt === "string" ? Date.parse(body.expiresAt) : NaN;
  return {
    token: body.token,
    // No usable expiry: treat it as good for one minute rather than forever.
    expiresAt: Number.isFinite(expiresAt) ? expiresAt : Date.now() + 60_000,
    scopes: Array.isArray(body.scopes) ? body.scopes.filter((s): s is string => typeof s === "string") : [],
  };
}

function scheduleRefresh(token: BaasToken) {
  if (typeof window === "undefined") return;
  clearTimeout(refreshTimer);
  const wait = token.expiresAt - REFRESH_MARGIN_MS - Date.now();
  // Renew in the background so the next click does not wait for the token service; only while the
  // tab is visible (a hidden tab renews lazily on its next request instead).
  if (wait > 0) {
    refreshTimer = setTimeout(() => {
      if (document.visibilityState === "visible") void getToken({ force: true }).catch(() => undefined);
    }, wait);
  }
}

function fresh(token: BaasToken | null): token is BaasToken {
  return token !== null && token.expiresAt - REFRESH_MARGIN_MS > Date.now();
}

/**
 * A token that is valid for at least REFRESH_MARGIN_MS. `force` fetches a new one (after a 401);
 * `scope` fetches a new one when the cached token lacks it (e.g. an anonymous token cached just before login).
 */
export async function getToken(options: { force?: boolean; scope?: string } = {}): Promise<BaasToken> {
  // The first ask on a page the shell served: its anonymous catalog token (unless a sign-in or sign-out has
  // already made the page's identity moot). Signed-in scopes are never in it: asking for one fetches a token.
  if (current === null && inflight === null && generation === 0) {
    const carried = takeShellToken();
    if (carried) {
      current = carried;
      scheduleRefresh(carried);
    }
  }
  const cached = current;
  if (!options.force && fresh(cached) && (!options.scope || cached.scopes.includes(options.scope))) return cached;
  if (!inflight) {
    const gen = generation;
    const request = requestToken()
      .then((token) => {
        if (gen === generation) {
          current = token;
          scheduleRefresh(token);
        }
        return token;
      })
      .finally(() => {
        if (inflight === request) inflight = null;
      });
    inflight = request;
  }
  return inflight;
}

/** Forget the cached token: the signed-in user changed (login, logout), so its scopes are wrong now. */
export function invalidateToken(): void {
  generation += 1;
  current = null;
  inflight = null;
  clearTimeout(refreshTimer);
}
