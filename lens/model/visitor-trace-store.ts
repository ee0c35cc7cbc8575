// Server spans kept per visitor and per action (trace), so the lens still shows an action's hops when the
// visitor opens it minutes later (issue 32: a shared ring of the last 2,000 spans let a busy minute — lens
// polls, pages, the image pipeline — push a search's spans out within seconds). Each visitor keeps their last
// TRACES_PER_VISITOR actions, none older than TRACE_MAX_AGE_MS; one visitor's flood pushes out only their own
// older actions. The whole store is bounded (MAX_SPANS): over it, the visitor heard from least recently loses
// their oldest action first. A trace longer than SPANS_PER_TRACE keeps its first spans (the request's shape)
// and counts the rest.
import type { LensSpan } from "./span";
import type { SpanQuery } from "./span-store";

export const TRACES_PER_VISITOR = 50;
export const TRACE_MAX_AGE_MS = 15 * 60_000;
export const SPANS_PER_TRACE = 200;
/** About 1 KB a span: ~20 MB at most, whatever a class does. */
export const MAX_SPANS = 20_000;

type Trace = { firstMs: number; lastStartMs: number; spans: LensSpan[] };

export type VisitorTraceStore = {
  add(visitor: string, span: LensSpan): void;
  /** Matching spans of every visitor (ordered by start time). */
  list(query?: SpanQuery): LensSpan[];
  size(): number;
  clear(): void;
};

export function createVisitorTraceStore(
  options: { tracesPerVisitor?: number; maxAgeMs?: number; maxSpans?: number; spansPerTrace?: number; now?: () => number } = {},
): VisitorTraceStore {
  const tracesPerVisitor = options.tracesPerVisitor ?? TRACES_PER_VISITOR;
  const maxAgeMs = options.maxAgeMs ?? TRACE_MAX_AGE_MS;
  const maxSpans = options.maxSpans ?? MAX_SPANS;
  const spansPerTrace = options.spansPerTrace ?? SPANS_PER_TRACE;
  const now = options.now ?? Date.now;
  // Insertion order is recency: a visitor is re-inserted on every add, a trace when it first appears.
  let byVisitor = new Map<string, Map<string, Trace>>();
  let total = 0;

  function dropOldestTrace(traces: Map<string, Trace>): void {
    const [id, trace] = traces.entries().next().value as [string, Trace];
    traces.delete(id);
    total -= trace.spans.length;
  }

  function expire(traces: Map<string, Trace>, t: number): void {
    while (traces.size > 0 && t - (traces.values().next().value as Trace).firstMs > maxAgeMs) dropOldestTrace(traces);
  }

  return {
    add(visitor, span) {
      const t = now();
      const traces = byVisitor.get(visitor) ?? new Map<string, Trace>();
      byVisitor.delete(visitor);
      byVisitor.set(visitor, traces);
      let trace = traces.get(span.traceId);
      if (!trace) {
        trace = { firstMs: t, lastStartMs: span.startMs, spans: [] };
        traces.set(span.traceId, trace);
      }
      if (trace.spans.length < spansPerTrace) {
        trace.spans.push(span);
        trace.lastStartMs = Math.max(trace.lastStartMs, span.startMs);
        total += 1;
      }
      expire(traces, t);
      while (traces.size > tracesPerVisitor) dropOldestTrace(traces);
      // Over the whole bound: the least recently heard-from visitor gives up their oldest action.
      while (total > maxSpans) {
        const [oldestVisitor, oldest] = byVisitor.entries().next().value as [string, Map<string, Trace>];
        if (oldest.size === 0) byVisitor.delete(oldestVisitor);
        else dropOldestTrace(oldest);
      }
    },
    list(query = {}) {
      const t = now();
      const ids = query.traceId === undefined ? undefined : new Set(Array.isArray(query.traceId) ? query.traceId : [query.traceId]);
      const out: LensSpan[] = [];
      const own = query.visitor === undefined ? undefined : byVisitor.get(query.visitor);
      const visitors =
        query.visitor === undefined ? byVisitor : own ? new Map([[query.visitor, own]]) : new Map<string, Map<string, Trace>>();
      for (const [visitor, traces] of visitors) {
        expire(traces, t);
        if (traces.size === 0) {
          byVisitor.delete(visitor);
          continue;
        }
        for (const [traceId, trace] of traces) {
          if (ids !== undefined && !ids.has(traceId)) continue;
          if (query.sinceMs !== undefined && trace.lastStartMs < query.sinceMs) continue;
          for (const s of trace.spans) {
            if (query.sinceMs !== undefined && s.startMs < query.sinceMs) continue;
            if (query.component !== undefined && s.component !== query.component) continue;
            out.push(s);
          }
        }
      }
      out.sort((a, b) => a.startMs - b.startMs);
      return query.limit !== undefined && query.limit >= 0 && out.length > query.limit ? out.slice(out.length - query.limit) : out;
    },
    size: () => total,
    clear() {
      byVisitor = new Map();
      total = 0;
    },
  };
}
