// The reads the shell's first script started (serverless/shell/early-reads.tsx), handed to the app when a view
// asks for the same address. Each is taken once: a later visit to the same view reads afresh.
// ARCH: the monolith's server reads the catalog while rendering the page; here the browser starts the data
// API calls from the page's first inline script, with the anonymous token the shell carried, so the data is
// on its way while the app's JavaScript downloads (the calls are still the browser's, still with a token).
import type { StartedFetch } from "../../lens/client/observed-fetch";
import type { BaasToken } from "./baas-token";

/** What the shell's script leaves on `window` (the names are the script's; keep them in step). */
export type EarlyRead = StartedFetch & { response: Promise<Response> };
export type EarlyReads = { token: { token: string; expiresAt: string; scopes: string[] }; reads: Record<string, EarlyRead> };
export const EARLY_READS_GLOBAL = "__pstEarlyReads";

/** An early read not taken within this long is left alone: whatever the visitor sees next reads afresh. */
const TAKE_WITHIN_MS = 30_000;

function early(): EarlyReads | undefined {
  if (typeof window === "undefined") return undefined;
  return (window as unknown as Record<string, EarlyReads | undefined>)[EARLY_READS_GLOBAL];
}

/** The read of `path` already in flight, once; undefined when there is none (or it is too old). */
export function takeEarlyRead(path: string): EarlyRead | undefined {
  const reads = early()?.reads;
  const read = reads?.[path];
  if (!reads || !read) return undefined;
  delete reads[path];
  return Date.now() - read.startMs <= TAKE_WITHIN_MS ? read : undefined;
}

/** The anonymous catalog token the shell carried, once (the token cache adopts it instead of asking for one). */
export function takeShellToken(): BaasToken | undefined {
  const state = early();
  const carried = state?.token;
  if (!state || !carried) return undefined;
  (state as Partial<EarlyReads>).token = undefined;
  const expiresAt = Date.parse(carried.expiresAt);
  return Number.isFinite(expiresAt) ? { token: carried.token, expiresAt, scopes: carried.scopes } : undefined;
}
