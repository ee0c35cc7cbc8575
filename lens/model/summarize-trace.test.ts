import { describe, expect, it } from "vitest";
import type { LensSpan } from "./span";
import { groupTraces } from "./span-store";
import { summarizeTrace } from "./summarize-trace";

const T = "a".repeat(32);
function s(
  spanId: string,
  parentSpanId: string | undefined,
  component: LensSpan["component"],
  startMs: number,
  durationMs: number,
  attributes: LensSpan["attributes"] = {},
): LensSpan {
  return {
    traceId: T,
    spanId,
    parentSpanId,
    name: `${component} ${spanId}`,
    component,
    mode: "serverless",
    startMs,
    durationMs,
    status: "ok",
    attributes,
  };
}

describe("summarizeTrace", () => {
  it("lays out a serverless search: browser → gateway → function → storage, plus the token fetch", () => {
    const spans = [
      s("b1", undefined, "browser", 1000, 20, { "http.response_bytes": 300 }), // token fetch
      s("g1", "b1", "auth", 1005, 10),
      s("b2", undefined, "browser", 1030, 70, { "http.response_bytes": 1200 }), // search fetch
      s("n2", "b2", "gateway", 1040, 50), // Next's request span
      s("g2", "n2", "gateway", 1041, 48), // our gateway span
      s("f2", "g2", "search-function", 1045, 40),
      s("st", "f2", "storage", 1046, 12),
    ];
    const [trace] = groupTraces(spans);
    const summary = summarizeTrace(trace!);
    expect(summary.rows.map((r) => [r.span.spanId, r.depth, r.offsetMs])).toEqual([
      ["b1", 0, 0],
      ["g1", 1, 5],
      ["b2", 0, 30],
      ["n2", 1, 40],
      ["g2", 2, 41],
      ["f2", 3, 45],
      ["st", 4, 46],
    ]);
    expect(summary).toMatchObject({
      name: "browser b1",
      startMs: 1000,
      durationMs: 100,
      hops: 4, // browser→auth, browser→gateway, gateway→search-function, search-function→storage
      roundTrips: 2,
      serverMs: 60, // auth 10 + gateway 50
      bytes: 1500,
      components: ["browser", "auth", "gateway", "search-function", "storage"],
    });
  });

  it("counts overlapping server spans once in the server time", () => {
    const spans = [
      s("b", undefined, "browser", 0, 100),
      s("m", "b", "web-server", 10, 5), // Next's middleware pass: 10..15
      s("r", "b", "web-server", 12, 50), // the render, overlapping it: 12..62
      s("d", "r", "database", 20, 10), // inside the render
      s("late", "b", "web-server", 70, 4.5), // 70..74.5
    ];
    expect(summarizeTrace(groupTraces(spans)[0]!).serverMs).toBe(56.5); // 10..62 + 70..74.5
  });

  it("counts the server's requests as round trips when the browser posted no timing", () => {
    const spans = [
      { ...s("r", undefined, "web-server", 0, 30), mode: "monolith" as const },
      { ...s("d1", "r", "database", 5, 4), mode: "monolith" as const },
      { ...s("d2", "r", "database", 12, 6), mode: "monolith" as const },
      { ...s("x", "unknown-parent", "web-server", 40, 3), mode: "monolith" as const },
    ];
    const summary = summarizeTrace(groupTraces(spans)[0]!);
    expect(summary.rows.map((r) => [r.span.spanId, r.depth])).toEqual([
      ["r", 0],
      ["d1", 1],
      ["d2", 1],
      ["x", 0],
    ]);
    expect([summary.hops, summary.roundTrips, summary.serverMs, summary.bytes, summary.durationMs]).toEqual([2, 2, 33, 0, 43]);
  });
});
