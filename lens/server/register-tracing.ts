import "server-only";
// Registers the process's OpenTelemetry tracer provider. Every span (Next's own, ours in the gateway and
// function runtime, database and storage) goes to the in-process lens store; when OTEL_EXPORTER_OTLP_ENDPOINT
// is set they are also batched out over OTLP/HTTP to a collector. LENS_DISABLED=1 registers nothing, so every
// tracer call stays the API's no-op (the baseline for measuring the lens's overhead).
import { context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { env } from "../../core/config/env";
import { LensSpanProcessor } from "./lens-span-processor";
import { VisitorScopedTraceContextPropagator } from "./visitor-scoped-propagator";
import { lensSpanStore } from "./lens-span-store";

export async function registerTracing(): Promise<void> {
  const { LENS_DISABLED, OTEL_EXPORTER_OTLP_ENDPOINT } = env();
  if (LENS_DISABLED) return;
  const processors: SpanProcessor[] = [new LensSpanProcessor(lensSpanStore)];
  if (OTEL_EXPORTER_OTLP_ENDPOINT) {
    // Loaded only when asked for: the exporter pulls in protobuf/transform code the default run never needs.
    const { OTLPTraceExporter } = await import("@opentelemetry/exporter-trace-otlp-http");
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  }
  // Without a context manager no span would know its parent; without the propagator Next would ignore
  // the browser's traceparent and start a new trace for every request.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  // A stranger's trace id is not continued (visitor-scoped-propagator.ts): it would file this request under them.
  propagation.setGlobalPropagator(new VisitorScopedTraceContextPropagator());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: processors }));
}
