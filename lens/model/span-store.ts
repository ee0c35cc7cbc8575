// A bounded, oldest-out store of finished spans: the process keeps the last `capacity` spans for the app's
// own views and never grows beyond that (a busy classroom demo must not leak memory). Spans are listed in
// the order they finished, newest last.
import type { LensComponent, LensSpan } from "./span";
import { createVisitorTraceStore, type VisitorTraceStore } from "./visitor-trace-store";

export const SPAN_STORE_CAPACITY = 2000;

export type SpanQuery = {
  /** Only spans that started at or after this epoch ms. */
  sinceMs?: number;
  /** Only spans of these traces (one id or several). */
  traceId?: string | string[];
  component?: LensComponent;
  /** Only this visitor's spans (the per-visitor store answers it by lookup, not by scanning everyone's). */
  visitor?: string;
  /** At most this many, the newest ones (still newest last). */
  limit?: number;
};

export type LensTrace = {
  traceId: string;
  spans: LensSpan[]; // ordered by start time
  startMs: number; // earliest span start
  endMs: number; // latest span end
  durationMs: number;
};

export type SpanStore = {
  readonly capacity: number;
  add(span: LensSpan): void;
  list(query?: SpanQuery): LensSpan[];
  traces(query?: SpanQuery): LensTrace[];
  /** How many spans were evicted to stay within capacity. */
  dropped(): number;
  clear(): void;
};

export function createSpanStore(capacity: number = SPAN_STORE_CAPACITY): SpanStore {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be a positive integer.");
  // A ring: `items` fills up to capacity, then `start` marks the oldest slot, which the next add overwrites.
  let items: LensSpan[] = [];
  let start = 0;
  let dropped = 0;

  function all(): LensSpan[] {
    return start === 0 ? items.slice() : [...items.slice(start), ...items.slice(0, start)];
  }

  function list(query: SpanQuery = {}): LensSpan[] {
    const ids = query.traceId === undefined ? undefined : new Set(Array.isArray(query.traceId) ? query.traceId : [query.traceId]);
    const matching = all().filter(
      (s) =>
        (query.sinceMs === undefined || s.startMs >= query.sinceMs) &&
        (ids === undefined || ids.has(s.traceId)) &&
        (query.component === undefined || s.component === query.component) &&
        (query.visitor === undefined || s.visitor === query.visitor),
    );
    if (query.limit !== undefined && query.limit >= 0 && matching.length > query.limit)
      return matching.slice(matching.length - query.limit);
    return matching;
  }

  return {
    capacity,
    add(span) {
      if (items.length < capacity) {
        items.push(span);
        return;
      }
      items[start] = span;
      start = (start + 1) % capacity;
      dropped += 1;
    },
    list,
    traces(query = {}) {
      return groupTraces(list(query));
    },
    dropped: () => dropped,
    clear() {
      items = [];
      start = 0;
      dropped = 0;
    },
  };
}

/** Groups spans by trace id; traces ordered by their first span's start, spans inside by start time. */
export function groupTraces(spans: LensSpan[]): LensTrace[] {
  const byId = new Map<string, LensSpan[]>();
  for (const s of spans) {
    const group = byId.get(s.traceId);
    if (group) group.push(s);
    else byId.set(s.traceId, [s]);
  }
  const traces: LensTrace[] = [];
  for (const [traceId, group] of byId) {
    group.sort((a, b) => a.startMs - b.startMs);
    const startMs = group[0]!.startMs;
    const endMs = Math.max(...group.map((s) => s.startMs + s.durationMs));
    traces.push({ traceId, spans: group, startMs, endMs, durationMs: endMs - startMs });
  }
  return traces.sort((a, b) => a.startMs - b.startMs);
}

/**
 * The server's span store: a visitor's spans are kept per action (visitor-trace-store.ts: their last 50 actions,
 * up to 15 minutes, within a bound), so the lens can show an action as long as it lists it; spans of no
 * visitor (background work: the image pipeline, the consumer) go to the ring. `capacity` and `dropped()` are the
 * ring's.
 */
export function createRetainingSpanStore(
  ring: SpanStore = createSpanStore(),
  visitors: VisitorTraceStore = createVisitorTraceStore(),
): SpanStore {
  function list(query: SpanQuery = {}): LensSpan[] {
    const { limit, ...rest } = query;
    // Newest last by when they finished, as the ring lists them.
    const spans = [...ring.list(rest), ...visitors.list(rest)].sort((a, b) => a.startMs + a.durationMs - (b.startMs + b.durationMs));
    return limit !== undefined && limit >= 0 && spans.length > limit ? spans.slice(spans.length - limit) : spans;
  }
  return {
    capacity: ring.capacity,
    add(span) {
      if (span.visitor) visitors.add(span.visitor, span);
      else ring.add(span);
    },
    list,
    traces: (query = {}) => groupTraces(list(query)),
    dropped: () => ring.dropped(),
    clear() {
      ring.clear();
      visitors.clear();
    },
  };
}
