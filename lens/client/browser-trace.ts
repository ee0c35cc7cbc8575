// The browser half of the architecture lens: gives each user action a W3C trace id (sent as `traceparent`
// so the server's spans join it), times the page load and every fetch, and posts those timings in small
// batches to /api/lens/spans. It remembers the trace ids this tab created (sessionStorage), which is how the
// lens panel shows "my last actions" and nobody else's. Nothing here runs on a timer while idle.
import { newTraceId } from "../model/trace-context";
import { BYTES_ATTRIBUTE } from "../model/summarize-trace";
import type { LensMode, LensSpan } from "../model/span";

type BrowserSpan = Omit<LensSpan, "component">;
export type TabTrace = { traceId: string; label: string; at: number };

const TAB_TRACES_KEY = "pst.lens.traces";
const MAX_TAB_TRACES = 20;
/** A fetch more than this long after its action began (a poll, a refresh) starts a new action. */
const ACTION_WINDOW_MS = 10_000;
export const TAB_TRACES_EVENT = "pst:lens-trace";

const hex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");
export const newSpanId = (): string => hex(8);

export function tabTraces(): TabTrace[] {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(TAB_TRACES_KEY) ?? "[]") as unknown;
    return Array.isArray(parsed) ? (parsed as TabTrace[]) : [];
  } catch {
    return [];
  }
}

export function rememberTrace(traceId: string, label: string): void {
  try {
    const list = tabTraces().filter((t) => t.traceId !== traceId);
    list.push({ traceId, label, at: Date.now() });
    sessionStorage.setItem(TAB_TRACES_KEY, JSON.stringify(list.slice(-MAX_TAB_TRACES)));
  } catch {
    // Storage full or blocked: the lens just shows less.
  }
  window.dispatchEvent(new Event(TAB_TRACES_EVENT));
}

// --- Posting: a short debounce collects the spans of one action into one request. ---
const queue: (BrowserSpan & { resolve?: () => BrowserSpan })[] = [];
let flushTimer: ReturnType<typeof setTimeout> | undefined;

function enqueue(span: BrowserSpan & { resolve?: () => BrowserSpan }): void {
  queue.push(span);
  clearTimeout(flushTimer);
  flushTimer = setTimeout(() => void flushBrowserSpans(), 400);
}

/** Sends the queued spans now (the lens panel calls it before reading). */
export async function flushBrowserSpans(): Promise<void> {
  clearTimeout(flushTimer);
  if (queue.length === 0) return;
  const spans = queue.splice(0, 50).map(({ resolve, ...span }) => (resolve ? resolve() : span));
  try {
    // Plain fetch, not observedFetch: the lens must not trace its own traffic.
    await fetch("/api/lens/spans", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ spans }),
      keepalive: true,
    });
  } catch {
    // Lost timings never matter to the store.
  }
  if (queue.length > 0) await flushBrowserSpans();
}

// --- Actions: a click, submit, Enter or back/forward starts one; the fetches it causes share its trace. ---
let interaction = 0;
let listening = false;
let current: { traceId: string; interaction: number; startedAt: number } | null = null;

function listen(): void {
  if (listening) return;
  listening = true;
  const bump = () => void (interaction += 1);
  window.addEventListener("click", bump, true);
  window.addEventListener("submit", bump, true);
  window.addEventListener("popstate", bump, true);
  window.addEventListener("keydown", (e) => e.key === "Enter" && bump(), true);
}

function actionTraceId(): string {
  listen();
  const now = Date.now();
  if (!current || current.interaction !== interaction || now - current.startedAt > ACTION_WINDOW_MS) {
    current = { traceId: newTraceId(), interaction, startedAt: now };
    rememberTrace(current.traceId, `${location.pathname}${location.search}`);
  }
  return current.traceId;
}

/**
 * Call before a fetch: returns the `traceparent` to send and `end()` to call with the response. The browser
 * span's id is the traceparent's parent id, so the server's spans hang under it in the waterfall.
 */
export function traceFetch(url: string, method: string, mode: LensMode): { traceparent: string; end: (status: number) => void } {
  return traceStartedFetch(
    { traceId: actionTraceId(), spanId: newSpanId(), startMs: Date.now(), perfStart: performance.now() },
    url,
    method,
    mode,
  );
}

/** `answeredMs`: when its headers arrived, if that was before anyone awaited it (its span must not include the wait). */
export type StartedFetch = { traceId: string; spanId: string; startMs: number; perfStart: number; answeredMs?: number };

/**
 * A fetch that began before the app loaded (the serverless shell's first script started it, with its own trace
 * id and `traceparent`): it becomes the page's current action, so the app's next fetches join the same trace.
 */
export function adoptStartedFetch(started: StartedFetch, url: string, method: string, mode: LensMode): { end: (status: number) => void } {
  listen();
  if (current?.traceId !== started.traceId) {
    current = { traceId: started.traceId, interaction, startedAt: started.startMs };
    rememberTrace(started.traceId, `${location.pathname}${location.search}`);
  }
  return traceStartedFetch(started, url, method, mode);
}

function traceStartedFetch(
  { traceId, spanId, startMs, perfStart, answeredMs }: StartedFetch,
  url: string,
  method: string,
  mode: LensMode,
): { traceparent: string; end: (status: number) => void } {
  const absolute = new URL(url, location.href).href;
  return {
    traceparent: `00-${traceId}-${spanId}-01`,
    end(status) {
      const headersMs = (answeredMs ?? Date.now()) - startMs;
      const path = new URL(absolute).pathname;
      // Resolved at flush time: by then the body has arrived and Resource Timing knows its size and end.
      enqueue({
        traceId,
        spanId,
        name: `${method} ${path}`,
        mode,
        startMs,
        durationMs: headersMs,
        status: status >= 500 ? "error" : "ok",
        attributes: {},
        resolve: () => {
          const entry = performance.getEntriesByName(absolute, "resource").find((e) => e.startTime >= perfStart - 1) as
            PerformanceResourceTiming | undefined;
          const durationMs = entry ? Math.max(headersMs, Math.round(entry.responseEnd - entry.startTime)) : headersMs;
          const bytes = entry ? entry.encodedBodySize || entry.transferSize : 0;
          return {
            traceId,
            spanId,
            name: `${method} ${path}`,
            mode,
            startMs,
            durationMs,
            status: status >= 500 ? "error" : "ok",
            attributes: { "http.method": method, "http.url": path, "http.status_code": status, [BYTES_ATTRIBUTE]: bytes },
          };
        },
      });
    },
  };
}

/** The document load of a server-rendered page, joined to the server's trace by the id in its meta tag. */
export function recordPageLoad(traceparent: string, mode: LensMode): void {
  const [, traceId, parentId] = traceparent.split("-");
  if (!traceId || !parentId) return;
  const label = `${location.pathname}${location.search}`;
  rememberTrace(traceId, label);
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (!nav) return;
  const end = nav.loadEventEnd || nav.domContentLoadedEventEnd || nav.responseEnd;
  enqueue({
    traceId,
    spanId: newSpanId(),
    name: `page load ${location.pathname}`,
    mode,
    startMs: Math.round(performance.timeOrigin + nav.startTime),
    durationMs: Math.round(end - nav.startTime),
    status: "ok",
    attributes: {
      "http.url": label,
      [BYTES_ATTRIBUTE]: nav.encodedBodySize || nav.transferSize,
      "browser.ttfb_ms": Math.round(nav.responseStart - nav.startTime),
      "browser.dom_content_loaded_ms": Math.round(nav.domContentLoadedEventEnd - nav.startTime),
    },
  });
}
