import { context, trace } from "@opentelemetry/api";
import { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import { createSpanStore } from "../model/span-store";
import { LensSpanProcessor } from "./lens-span-processor";

function setup() {
  const store = createSpanStore(10);
  const tracer = new BasicTracerProvider({ spanProcessors: [new LensSpanProcessor(() => store)] }).getTracer("test");
  return { store, tracer };
}

describe("LensSpanProcessor", () => {
  it("classifies Next's request span by path and gives its children the same component and mode", () => {
    const { store, tracer } = setup();
    const root = tracer.startSpan("GET /monolith/search", {
      attributes: { "http.method": "GET", "http.target": "/monolith/search?q=Biscuit" },
    });
    const child = tracer.startSpan("render route (app) /monolith/search", {}, trace.setSpan(context.active(), root));
    const db = tracer.startSpan(
      "db Pet.findMany",
      { attributes: { "lens.component": "database", "db.system": "sqlite" } },
      trace.setSpan(context.active(), child),
    );
    db.end();
    child.end();
    root.end();
    const spans = store.list();
    expect(spans.map((s) => [s.name, s.component, s.mode, s.parentSpanId === undefined ? null : s.parentSpanId])).toEqual([
      ["db Pet.findMany", "database", "monolith", child.spanContext().spanId],
      ["render route (app) /monolith/search", "web-server", "monolith", root.spanContext().spanId],
      ["GET /monolith/search", "web-server", "monolith", null],
    ]);
    // lens.* bookkeeping attributes stay internal; the rest is kept.
    expect(spans[0]!.attributes).toEqual({ "db.system": "sqlite" });
    expect(spans[2]!.attributes).toEqual({ "http.method": "GET", "http.target": "/monolith/search?q=Biscuit" });
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    expect(spans.every((s) => s.status === "ok" && s.durationMs >= 0)).toBe(true);
  });

  it("records nothing for the lens's own API, nor for spans outside any classified request", () => {
    const { store, tracer } = setup();
    const root = tracer.startSpan("GET", { attributes: { "http.target": "/api/lens/spans?limit=5" } });
    tracer.startSpan("child", {}, trace.setSpan(context.active(), root)).end();
    root.end();
    tracer.startSpan("orphan query", { attributes: { "lens.component": "database" } }).end(); // no mode
    expect(store.list()).toEqual([]);
  });

  it("marks failed spans as errors", () => {
    const { store, tracer } = setup();
    const span = tracer.startSpan("function search", { attributes: { "lens.component": "search-function", "lens.mode": "serverless" } });
    span.setStatus({ code: 2 });
    span.end();
    expect(store.list().map((s) => [s.component, s.mode, s.status])).toEqual([["search-function", "serverless", "error"]]);
  });
});
