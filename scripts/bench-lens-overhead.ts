// CPU cost of the architecture lens per request, measured in-process (loopback page benchmarks on this
// shared machine are too noisy to resolve it): the spans of one typical monolith page request (Next's root
// span, ~15 child spans, 6 database queries) created with the lens's tracer provider vs the API's no-op.
// Usage: npx tsx --conditions react-server scripts/bench-lens-overhead.ts
import { context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";
import { LensSpanProcessor } from "../lens/server/lens-span-processor";
import { lensSpanStore } from "../lens/server/lens-span-store";
import { withLensSpan } from "../lens/server/with-lens-span";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);

async function oneRequest(): Promise<void> {
  const tracer = trace.getTracer("next.js");
  await tracer.startActiveSpan(
    "GET",
    { attributes: { "http.method": "GET", "http.target": "/monolith/search?q=retriever" } },
    async (root) => {
      for (let i = 0; i < 15; i++) tracer.startSpan(`render step ${i}`).end();
      for (let i = 0; i < 6; i++) await withLensSpan("db Pet.findMany", { component: "database" }, async () => undefined);
      root.end();
    },
  );
}

async function timePerRequest(): Promise<number> {
  for (let i = 0; i < 2000; i++) await oneRequest(); // warm up the JIT
  const t0 = performance.now();
  for (let i = 0; i < REQUESTS; i++) await oneRequest();
  return ((performance.now() - t0) / REQUESTS) * 1000; // µs
}

async function main() {
  const off = await timePerRequest();
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new LensSpanProcessor(lensSpanStore)] }));
  const on = await timePerRequest();
  const spans = lensSpanStore().list({ limit: 22 });
  console.log(
    `${REQUESTS} requests × ${spans.length} spans: lens off ${off.toFixed(1)} µs/request, on ${on.toFixed(1)} µs/request, cost ${(on - off).toFixed(1)} µs/request`,
  );
}

void main();
