import "server-only";
// W3C Trace Context, but a request may only continue a trace that is its own visitor's (or nobody's yet). Trace ids
// are public (/api/lens/invocations lists them), and the lens files every span of a trace under the visitor who
// started it (lens-visitors.ts): continuing a stranger's trace id would put this request's spans into the
// stranger's lens. Such a traceparent is ignored, so the request starts a trace of its own.
import { type Context, type TextMapGetter, type TextMapPropagator, type TextMapSetter, trace } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { visitorKeyFromCookieHeader } from "../../infra/access/visitor-id";
import { visitorOfTrace } from "./lens-visitors";

export class VisitorScopedTraceContextPropagator implements TextMapPropagator {
  private readonly w3c = new W3CTraceContextPropagator();

  inject(context: Context, carrier: unknown, setter: TextMapSetter): void {
    this.w3c.inject(context, carrier, setter);
  }

  extract(context: Context, carrier: unknown, getter: TextMapGetter): Context {
    const extracted = this.w3c.extract(context, carrier, getter);
    const traceId = trace.getSpanContext(extracted)?.traceId;
    if (!traceId || traceId === trace.getSpanContext(context)?.traceId) return extracted;
    const owner = visitorOfTrace(traceId);
    if (owner === undefined) return extracted;
    const cookie = getter.get(carrier, "cookie");
    const caller = visitorKeyFromCookieHeader(Array.isArray(cookie) ? cookie.join("; ") : (cookie ?? null));
    return caller === owner ? extracted : context;
  }

  fields(): string[] {
    return this.w3c.fields();
  }
}
