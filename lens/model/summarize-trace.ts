// One action (a trace) reduced to what the lens shows: a waterfall row per span (depth in the call tree,
// offset from the action's start) and the totals a student compares between the two stores.
import type { LensComponent, LensSpan } from "./span";
import type { LensTrace } from "./span-store";

/** Browser spans carry the bytes they received under this attribute. */
export const BYTES_ATTRIBUTE = "http.response_bytes";

export type WaterfallRow = { span: LensSpan; depth: number; offsetMs: number };

export type TraceSummary = {
  traceId: string;
  name: string; // the root span's name (the action)
  startMs: number;
  durationMs: number;
  rows: WaterfallRow[];
  /** Calls that crossed into another component (a span whose component differs from its parent's). */
  hops: number;
  /** Requests the browser sent over the network (its spans); the server's requests when it posted none. */
  roundTrips: number;
  /** Wall time during which some server-side span was running. */
  serverMs: number;
  bytes: number;
  components: LensComponent[]; // in order of first appearance
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function summarizeTrace(trace: LensTrace): TraceSummary {
  const byId = new Map(trace.spans.map((s) => [s.spanId, s]));
  const children = new Map<string | undefined, LensSpan[]>();
  for (const s of trace.spans) {
    // A parent we never saw (e.g. Next's span for a request the lens ignored) makes this span a root.
    const parent = s.parentSpanId !== undefined && byId.has(s.parentSpanId) ? s.parentSpanId : undefined;
    const list = children.get(parent);
    if (list) list.push(s);
    else children.set(parent, [s]);
  }
  const rows: WaterfallRow[] = [];
  const visit = (parentId: string | undefined, depth: number) => {
    const kids = (children.get(parentId) ?? []).slice().sort((a, b) => a.startMs - b.startMs);
    for (const s of kids) {
      rows.push({ span: s, depth, offsetMs: round2(s.startMs - trace.startMs) });
      visit(s.spanId, depth + 1);
    }
  };
  visit(undefined, 0);

  const parentOf = (s: LensSpan) => (s.parentSpanId !== undefined ? byId.get(s.parentSpanId) : undefined);
  let hops = 0;
  let serverMs = 0;
  let serverRequests = 0;
  let browserRequests = 0;
  let bytes = 0;
  const components: LensComponent[] = [];
  for (const { span } of rows) {
    if (!components.includes(span.component)) components.push(span.component);
    const parent = parentOf(span);
    if (parent && parent.component !== span.component) hops += 1;
    if (span.component === "browser") {
      browserRequests += 1;
      const b = span.attributes[BYTES_ATTRIBUTE];
      if (typeof b === "number") bytes += b;
    } else if (!parent || parent.component === "browser") {
      serverRequests += 1;
    }
  }
  // Server time is the union of every server-side span's interval: Next splits one request into sibling
  // spans (a middleware pass and the render), and nested spans must not be counted twice.
  const intervals = rows
    .filter((r) => r.span.component !== "browser")
    .map((r) => [r.span.startMs, r.span.startMs + r.span.durationMs] as const)
    .sort((a, b) => a[0] - b[0]);
  let coveredUntil = -Infinity;
  for (const [from, to] of intervals) {
    if (to <= coveredUntil) continue;
    serverMs += to - Math.max(from, coveredUntil);
    coveredUntil = to;
  }
  const root = rows[0]?.span;
  return {
    traceId: trace.traceId,
    name: root?.name ?? trace.traceId,
    startMs: trace.startMs,
    durationMs: round2(trace.durationMs),
    rows,
    hops,
    roundTrips: browserRequests > 0 ? browserRequests : serverRequests,
    serverMs: round2(serverMs),
    bytes,
    components,
  };
}
