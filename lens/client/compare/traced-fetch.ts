// A fetch from this browser that carries a W3C traceparent of the action's trace (so the server's spans of
// it can be fetched by trace id) and records what the browser saw: one row of the waterfall per round trip.
import { newTraceId } from "@/lens/model/trace-context";
import type { lensEn } from "@/messages/lens.en";

/** What a call did, as a key of the lens.compare.call messages (shown in the visitor's language). */
export type CallLabel = keyof typeof lensEn.compare.call;

export type BrowserCall = {
  label: CallLabel;
  method: string;
  url: string;
  startMs: number; // epoch ms
  durationMs: number;
  status: number;
  redirected: boolean;
  servedBy: string | null;
  coldStart: boolean | null;
  functionMs: number | null;
};

export type TraceRecorder = { traceId: string; calls: BrowserCall[]; startedAt: number };

export function newRecorder(): TraceRecorder {
  return { traceId: newTraceId(), calls: [], startedAt: Date.now() };
}

const spanId = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");

export async function tracedFetch(rec: TraceRecorder, label: CallLabel, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("traceparent", `00-${rec.traceId}-${spanId()}-01`);
  const startMs = Date.now();
  const t0 = performance.now();
  const response = await fetch(url, { ...init, headers, cache: "no-store", credentials: "same-origin" });
  const body = await response.clone().arrayBuffer(); // the round trip ends when the body has arrived
  void body;
  const cold = response.headers.get("x-cold-start");
  const fnMs = response.headers.get("x-duration-ms");
  rec.calls.push({
    label,
    method: init.method ?? "GET",
    url,
    startMs,
    durationMs: Math.round((performance.now() - t0) * 10) / 10,
    status: response.status,
    redirected: response.redirected,
    servedBy: response.headers.get("x-served-by"),
    coldStart: cold === null ? null : cold === "true",
    functionMs: fnMs === null ? null : Number(fnMs),
  });
  return response;
}

export function formBody(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(fields);
}
