// What a browser may post to the lens: its own timings for an action (a page load, a fetch), joined to the
// server's spans by the W3C trace id it sent in `traceparent`. Bounded in count and size so a page cannot
// flood the store; the component is always "browser" whatever the page claims.
import { z } from "zod";
import { redactQuery } from "./redact-url";
import type { LensSpan } from "./span";

export const MAX_BROWSER_SPANS_PER_BATCH = 50;
export const MAX_BROWSER_BATCH_BYTES = 64 * 1024;

const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));

const browserSpan = z.object({
  traceId: hex(32),
  spanId: hex(16),
  parentSpanId: hex(16).optional(),
  name: z.string().min(1).max(200),
  mode: z.enum(["monolith", "serverless"]),
  startMs: z.number().finite().nonnegative(),
  durationMs: z
    .number()
    .finite()
    .nonnegative()
    .max(10 * 60_000),
  status: z.enum(["ok", "error"]).default("ok"),
  attributes: z
    .record(z.string().max(64), z.union([z.string().max(500), z.number().finite(), z.boolean()]))
    .refine((a) => Object.keys(a).length <= 20, "at most 20 attributes")
    .default({}),
});

export const browserSpanBatch = z.object({ spans: z.array(browserSpan).min(1).max(MAX_BROWSER_SPANS_PER_BATCH) });

export function toBrowserLensSpans(batch: z.infer<typeof browserSpanBatch>): LensSpan[] {
  // The same rule as for server spans: no query parameter outside the allow-list (a form's email, a name).
  return batch.spans.map((s) => ({
    ...s,
    name: redactQuery(s.name),
    attributes: Object.fromEntries(Object.entries(s.attributes).map(([k, v]) => [k, typeof v === "string" ? redactQuery(v) : v])),
    component: "browser" as const,
  }));
}
