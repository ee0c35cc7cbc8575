// Browser spans, kept apart from the server's: each visitor has a small quota of their own, so one tab that
// posts a flood pushes out only its own older spans — never another visitor's, and never a server span
// (those live in the main span store). The visitors themselves are bounded too: the one heard from least
// recently leaves first.
import type { LensSpan } from "./span";
import type { SpanQuery } from "./span-store";

export const BROWSER_SPANS_PER_VISITOR = 200;
export const BROWSER_SPAN_VISITORS = 200;

export type VisitorSpanStore = {
  add(visitor: string, span: LensSpan): void;
  /** Every visitor's spans that match, ordered by start time. */
  list(query?: SpanQuery): LensSpan[];
  clear(): void;
};

export function createVisitorSpanStore(perVisitor = BROWSER_SPANS_PER_VISITOR, maxVisitors = BROWSER_SPAN_VISITORS): VisitorSpanStore {
  // Map keeps insertion order: deleting and re-inserting a visitor on every add makes it the most recent.
  let byVisitor = new Map<string, LensSpan[]>();
  return {
    add(visitor, span) {
      const spans = byVisitor.get(visitor) ?? [];
      byVisitor.delete(visitor);
      spans.push(span);
      if (spans.length > perVisitor) spans.splice(0, spans.length - perVisitor);
      byVisitor.set(visitor, spans);
      while (byVisitor.size > maxVisitors) {
        const oldest = byVisitor.keys().next().value as string;
        byVisitor.delete(oldest);
      }
    },
    list(query = {}) {
      const ids = query.traceId === undefined ? undefined : new Set(Array.isArray(query.traceId) ? query.traceId : [query.traceId]);
      const out: LensSpan[] = [];
      const lists = query.visitor === undefined ? byVisitor.values() : [byVisitor.get(query.visitor) ?? []];
      for (const spans of lists) {
        for (const s of spans) {
          if (query.sinceMs !== undefined && s.startMs < query.sinceMs) continue;
          if (ids !== undefined && !ids.has(s.traceId)) continue;
          if (query.component !== undefined && s.component !== query.component) continue;
          out.push(s);
        }
      }
      return out.sort((a, b) => a.startMs - b.startMs);
    },
    clear() {
      byVisitor = new Map();
    },
  };
}
