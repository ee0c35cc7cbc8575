// (Not server-only: the seed and start scripts load the Prisma client, which uses this, outside Next.)
// Runs `fn` inside a span that the lens files under `component` and `mode`. With no tracer provider
// registered (LENS_DISABLED) the API hands out a no-op span and this costs next to nothing.
import { SpanStatusCode, trace, type Span } from "@opentelemetry/api";
import type { LensComponent, LensMode } from "../../core/telemetry/span";
import { LENS_COMPONENT, LENS_MODE } from "./lens-attributes";

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
