import "server-only";
// The W3C traceparent of the span running now (a page render), for the page to hand to the browser; null
// when tracing is off.
import { isSpanContextValid, trace } from "@opentelemetry/api";

export function currentTraceparent(): string | null {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && isSpanContextValid(ctx) ? `00-${ctx.traceId}-${ctx.spanId}-01` : null;
}
