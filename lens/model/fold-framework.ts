// The lens for a class: "architecture only" folds the framework's own spans (Next.js internals such as "resolve
// segment modules" or "load route module") into the component they ran in, so a search reads browser → gateway →
// search function → storage/database instead of a page of framework detail. A span is the framework's when Next
// created it (it carries Next's `next.*` attributes) and it runs inside its parent's component; the span that
// enters a component (a root, or one whose parent is another component) always stays, so no hop disappears.
import type { WaterfallRow } from "./summarize-trace";
import type { LensSpan } from "./span";

export type FoldedRow = WaterfallRow & { folded: number };

export function isFrameworkSpan(span: LensSpan): boolean {
  return Object.keys(span.attributes).some((k) => k.startsWith("next."));
}

/** The rows without the framework's spans inside a component; each kept row counts the spans folded into it. */
export function foldFrameworkRows(rows: readonly WaterfallRow[]): FoldedRow[] {
  const byId = new Map(rows.map((r) => [r.span.spanId, r.span]));
  const kept = new Map<string, FoldedRow>();
  const out: FoldedRow[] = [];
  const keptAncestor = (span: LensSpan): FoldedRow | undefined => {
    for (let p = span.parentSpanId; p !== undefined; p = byId.get(p)?.parentSpanId) {
      const found = kept.get(p);
      if (found) return found;
      if (!byId.has(p)) return undefined;
    }
    return undefined;
  };
  for (const row of rows) {
    const parent = row.span.parentSpanId !== undefined ? byId.get(row.span.parentSpanId) : undefined;
    const entersComponent = !parent || parent.component !== row.span.component;
    const ancestor = keptAncestor(row.span);
    if (isFrameworkSpan(row.span) && !entersComponent && ancestor) {
      ancestor.folded += 1;
      continue;
    }
    const folded: FoldedRow = { ...row, depth: ancestor ? ancestor.depth + 1 : 0, folded: 0 };
    kept.set(row.span.spanId, folded);
    out.push(folded);
  }
  return out;
}

/**
 * What a row is called. Next names a request's own span by its method alone ("GET"); folded, it stands for the
 * whole request, so it says which one: "GET /monolith/search?q=…" (the target is already redacted to the allow-list).
 */
export function rowLabel(span: LensSpan): string {
  const target = span.attributes["http.target"];
  if (/^[A-Z]+$/.test(span.name) && typeof target === "string") return `${span.name} ${target}`;
  return span.name;
}
