import "server-only";
// An OpenTelemetry SpanProcessor that turns every finished span into a LensSpan in the in-process store.
// Next's own server spans know only their URL, so on start each span gets its component and mode: from its
// own attributes (set by our code), else from the request path (Next's root span), else from its parent.
// Every span is filed under the visitor of its trace and keeps no query parameter outside the allow-list.
import { trace, type Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { classifyRequestPath } from "../model/classify-request-path";
import { redactQuery } from "../model/redact-url";
import { isLensComponent, type LensSpan } from "../model/span";
import type { SpanStore } from "../model/span-store";
import { LENS_COMPONENT, LENS_IGNORE, LENS_MODE } from "./lens-attributes";
import { visitorOfTrace } from "./lens-visitors";

const hrToMs = (t: [number, number]) => t[0] * 1000 + t[1] / 1e6;
const round2 = (n: number) => Math.round(n * 100) / 100;

export class LensSpanProcessor implements SpanProcessor {
  constructor(private readonly store: () => SpanStore) {}

  onStart(span: Span, parentContext: Context): void {
    const own = span.attributes;
    if (own[LENS_IGNORE] === true || (isLensComponent(own[LENS_COMPONENT]) && own[LENS_MODE] !== undefined)) return;
    const target = own["http.target"];
    if (typeof target === "string") {
      const c = classifyRequestPath(target);
      if ("ignore" in c) span.setAttribute(LENS_IGNORE, true);
      else span.setAttributes({ [LENS_COMPONENT]: own[LENS_COMPONENT] ?? c.component, [LENS_MODE]: own[LENS_MODE] ?? c.mode });
      return;
    }
    // A local parent is an SDK span whose attributes we can read; a remote one (from traceparent) has none.
    const parent = trace.getSpan(parentContext) as unknown as { attributes?: Span["attributes"] } | undefined;
    const inherited = parent?.attributes;
    if (!inherited) return;
    if (inherited[LENS_IGNORE] === true) span.setAttribute(LENS_IGNORE, true);
    else {
      if (own[LENS_COMPONENT] === undefined && inherited[LENS_COMPONENT] !== undefined)
        span.setAttribute(LENS_COMPONENT, inherited[LENS_COMPONENT]);
      if (own[LENS_MODE] === undefined && inherited[LENS_MODE] !== undefined) span.setAttribute(LENS_MODE, inherited[LENS_MODE]);
    }
  }

  onEnd(span: ReadableSpan): void {
    const lens = toLensSpan(span);
    if (lens) this.store().add(lens);
  }

  async forceFlush(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

/** null for spans the lens does not record: ignored requests, and spans outside any classified request. */
export function toLensSpan(span: ReadableSpan): LensSpan | null {
  const a = span.attributes;
  const component = a[LENS_COMPONENT];
  const mode = a[LENS_MODE];
  if (a[LENS_IGNORE] === true || !isLensComponent(component) || (mode !== "monolith" && mode !== "serverless")) return null;
  const attributes: LensSpan["attributes"] = {};
  for (const [k, v] of Object.entries(a)) {
    if (k.startsWith("lens.")) continue;
    // Query strings keep only their allow-listed parameters (a search, a page): never a form's email or name.
    if (typeof v === "string") attributes[k] = redactQuery(v);
    else if (typeof v === "number" || typeof v === "boolean") attributes[k] = v;
  }
  const ctx = span.spanContext();
  return {
    traceId: ctx.traceId,
    spanId: ctx.spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    name: redactQuery(span.name),
    component,
    mode,
    startMs: round2(hrToMs(span.startTime)),
    durationMs: round2(hrToMs(span.duration)),
    status: span.status.code === 2 ? "error" : "ok",
    attributes,
    // Filed under the visitor whose request started the trace (proxy.ts noted it); background work has none.
    visitor: visitorOfTrace(ctx.traceId),
  };
}
