import "server-only";
// The trace id of the OpenTelemetry span running now, or null when tracing is off (LENS_DISABLED) or no span
// is active. Lets hand-made trace ids (x-trace-id, the invocation log) agree with the recorded spans.
import { isSpanContextValid, trace } from "@opentelemetry/api";

export function activeTraceId(): string | null {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && isSpanContextValid(ctx) ? ctx.traceId : null;
}
