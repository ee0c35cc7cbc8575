// Issue 23, row 5: trace ids are public (/api/lens/invocations lists them). A request sent with another visitor's
// trace id in `traceparent` continued that trace, and the lens filed its spans under that visitor: it landed in
// their lens. Sent here as the attacker sends it: the victim's trace id, the attacker's own visitor cookie.
import { ROOT_CONTEXT, defaultTextMapGetter, trace } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { newVisitorId, visitorKey } from "@/infra/access/visitor-id";
import { rememberTraceVisitor } from "@/lens/server/lens-visitors";
import { VisitorScopedTraceContextPropagator } from "@/lens/server/visitor-scoped-propagator";
import { newTraceId } from "@/lens/model/trace-context";
import { traceIdFor } from "@/lens/server/with-lens-span";

const propagator = new VisitorScopedTraceContextPropagator();
const continued = (headers: Record<string, string>) =>
  trace.getSpanContext(propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter))?.traceId;

describe("a stranger's traceparent is not continued", () => {
  const victim = newVisitorId();
  const attacker = newVisitorId();
  const victimsTrace = newTraceId();
  rememberTraceVisitor(victimsTrace, visitorKey(victim)); // what proxy.ts notes for the victim's own request
  const traceparent = `00-${victimsTrace}-00f067aa0ba902b7-01`;

  it("the attacker's request with the victim's trace id starts a trace of its own", () => {
    expect(continued({ traceparent, cookie: `pst_vid=${attacker}` })).toBeUndefined();
    expect(continued({ traceparent })).toBeUndefined(); // no cookie at all: the same
  });

  it("the victim's own next request (their browser's traceparent) still joins the trace", () => {
    expect(continued({ traceparent, cookie: `other=1; pst_vid=${victim}` })).toBe(victimsTrace);
  });

  it("a trace nobody owns yet (a browser's fresh action) is continued as before", () => {
    const fresh = newTraceId();
    expect(continued({ traceparent: `00-${fresh}-00f067aa0ba902b7-01`, cookie: `pst_vid=${attacker}` })).toBe(fresh);
  });

  it("the gateway's x-trace-id follows the running span, not the header, when tracing is on", () => {
    // Outside a span (tracing off) the header is still used, as before.
    expect(traceIdFor(traceparent)).toBe(victimsTrace);
  });
});
