// The one place the browser app calls `fetch` for the store's own services (token service, data API,
// functions). Keeping it single means a later feature can observe every response — the x-served-by,
// x-cold-start and x-duration-ms headers the serverless side adds — without touching any view.
import { adoptStartedFetch, traceFetch, type StartedFetch } from "@/lens/client/browser-trace";

export type ObservedResponse = { url: string; method: string; status: number; headers: Headers; startedAt: number; durationMs: number };

type Listener = (response: ObservedResponse) => void;
const listeners = new Set<Listener>();

/** Subscribe to every response the SPA receives from its backend services. Returns an unsubscribe. */
export function onApiResponse(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function observedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const startedAt = Date.now();
  // The architecture lens: a traceparent per user action, and this fetch's timing as a browser span.
  const traced = traceFetch(url, init.method ?? "GET", "serverless");
  const headers = new Headers(init.headers);
  headers.set("traceparent", traced.traceparent);
  const response = await fetch(url, { credentials: "same-origin", cache: "no-store", ...init, headers });
  traced.end(response.status);
  notify(url, init.method ?? "GET", response, startedAt);
  return response;
}

/**
 * A GET the page's first script started before the app loaded (it sent its own `traceparent`): observed like
 * any other once the app takes it, so the lens shows it as the browser's call it is.
 */
export type { StartedFetch };

export async function observeStartedFetch(url: string, started: StartedFetch, response: Promise<Response>): Promise<Response> {
  const traced = adoptStartedFetch(started, url, "GET", "serverless");
  const answered = await response;
  traced.end(answered.status);
  notify(url, "GET", answered, started.startMs, started.answeredMs);
  return answered;
}

function notify(url: string, method: string, response: Response, startedAt: number, answeredAt = Date.now()): void {
  const observed = {
    url,
    method,
    status: response.status,
    headers: response.headers,
    startedAt,
    durationMs: answeredAt - startedAt,
  };
  for (const listener of listeners) {
    try {
      listener(observed);
    } catch {
      // An observer (a debug panel, say) must never break the store.
    }
  }
}
