import { describe, expect, it } from "vitest";
import { browserSpanBatch, toBrowserLensSpans } from "./browser-span-batch";

const span = {
  traceId: "a".repeat(32),
  spanId: "b".repeat(16),
  name: "GET /api/functions/search",
  mode: "serverless",
  startMs: 1000,
  durationMs: 42,
  attributes: { "http.response_bytes": 512 },
};

describe("browser span batch", () => {
  it("forces the component to browser and fills defaults", () => {
    const parsed = browserSpanBatch.parse({ spans: [{ ...span, component: "database" }] });
    expect(toBrowserLensSpans(parsed)).toEqual([{ ...span, status: "ok", component: "browser" }]);
  });

  it("refuses bad ids, too many spans and too many attributes", () => {
    expect(browserSpanBatch.safeParse({ spans: [{ ...span, traceId: "XYZ" }] }).success).toBe(false);
    expect(browserSpanBatch.safeParse({ spans: [] }).success).toBe(false);
    expect(browserSpanBatch.safeParse({ spans: Array(51).fill(span) }).success).toBe(false);
    expect(browserSpanBatch.safeParse({ spans: Array(50).fill(span) }).success).toBe(true);
    const attributes = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`a${i}`, i]));
    expect(browserSpanBatch.safeParse({ spans: [{ ...span, attributes }] }).success).toBe(false);
  });
});
