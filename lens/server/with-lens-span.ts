// (Not server-only: the seed and start scripts load the Prisma client, which uses this, outside Next.)
// The lens's one server-side entry point for the stores (lint-enforced in eslint.config.mjs): `withLensSpan`
// runs `fn` inside a span that the lens files under `component` and `mode`, and `traceIdFor` names the trace
// a piece of work belongs to. With no tracer provider registered (LENS_DISABLED) the API hands out a no-op
// span and this costs next to nothing.
import { isSpanContextValid, SpanStatusCode, trace, type Span } from "@opentelemetry/api";
import type { LensComponent, LensMode } from "../model/span";
import { newTraceId, traceIdFromTraceparent } from "../model/trace-context";
import { LENS_COMPONENT, LENS_MODE } from "./lens-attributes";

export type { LensComponent, LensMode };

const tracer = () => trace.getTracer("pet-store-twin");

export async function withLensSpan<T>(
  name: string,
  // No mode: inherited from the parent span (a shared part, like the database, serves both stores).
  where: { component: LensComponent; mode?: LensMode; attributes?: Record<string, string | number | boolean> },
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(
    name,
    { attributes: { ...where.attributes, [LENS_COMPONENT]: where.component, ...(where.mode ? { [LENS_MODE]: where.mode } : {}) } },
    async (span) => {
      try {
        return await fn(span);
      } catch (e) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: e instanceof Error ? e.message : String(e) });
        throw e;
      } finally {
        span.end();
      }
    },
  );
}

/** The trace id of the OpenTelemetry span running now, or null when tracing is off (LENS_DISABLED) or no span is active. */
export function activeTraceId(): string | null {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && isSpanContextValid(ctx) ? ctx.traceId : null;
}

/** The W3C traceparent of the span running now (a page render, a bridge's call), to hand on; null when tracing is off. */
export function currentTraceparent(): string | null {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && isSpanContextValid(ctx) ? `00-${ctx.traceId}-${ctx.spanId}-01` : null;
}

/**
 * The trace a piece of work belongs to, so hand-made trace ids (x-trace-id, the invocation log) agree with the
 * recorded spans: the running span's trace (which continued the caller's `traceparent` when that was the caller's
 * own: visitor-scoped-propagator.ts), else (tracing off) the caller's traceparent when valid, else a new one.
 */
export function traceIdFor(traceparent?: string | null): string {
  return activeTraceId() ?? traceIdFromTraceparent(traceparent ?? null) ?? newTraceId();
}
