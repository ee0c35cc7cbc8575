import { describe, expect, it } from "vitest";
import type { LensSpan } from "./span";
import { createRetainingSpanStore, createSpanStore } from "./span-store";
import { createVisitorTraceStore } from "./visitor-trace-store";

let n = 0;
function span(traceId: string, visitor: string | undefined, over: Partial<LensSpan> = {}): LensSpan {
  n += 1;
  return {
    traceId,
    spanId: String(n).padStart(16, "0"),
    name: `span ${n}`,
    component: "search-function",
    mode: "serverless",
    startMs: 1000 + n,
    durationMs: 2,
    status: "ok",
    attributes: {},
    visitor,
    ...over,
  };
}
const traceIds = (spans: LensSpan[]) => [...new Set(spans.map((s) => s.traceId))];

describe("the server span store keeps a visitor's actions (issue 32)", () => {
  it("a search's spans survive a busy class: thousands of other spans later they are all there", () => {
    const store = createRetainingSpanStore();
    for (let i = 0; i < 6; i++) store.add(span("a1", "alice"));
    // Everyone else's pages, lens polls and the pipeline's background work: far more than the old 2,000-span ring.
    for (let i = 0; i < 5000; i++) store.add(span(`b${i % 40}`, `bob${i % 30}`));
    for (let i = 0; i < 3000; i++) store.add(span("bg", undefined));
    expect(store.list({ traceId: "a1" })).toHaveLength(6);
  });

  it("the old ring alone lost them (the fault this replaces)", () => {
    const ring = createSpanStore();
    for (let i = 0; i < 6; i++) ring.add(span("a1", "alice"));
    for (let i = 0; i < 3000; i++) ring.add(span("bg", undefined));
    expect(ring.list({ traceId: "a1" })).toHaveLength(0);
  });

  it("keeps each visitor's last 50 actions and none older than 15 minutes", () => {
    let now = 0;
    const store = createVisitorTraceStore({ now: () => now });
    for (let i = 0; i < 60; i++) store.add("alice", span(`t${i}`, "alice"));
    const kept = traceIds(store.list());
    expect(kept).toHaveLength(50);
    expect(kept[0]).toBe("t10");
    now += 14 * 60_000;
    store.add("alice", span("late", "alice"));
    expect(traceIds(store.list())).toHaveLength(51 - 1); // t10 went out to keep 50
    now += 2 * 60_000; // the first 50 are now older than 15 minutes
    expect(traceIds(store.list())).toEqual(["late"]);
  });

  it("stays within its span bound: the visitor heard from least recently gives up their oldest action first", () => {
    const store = createVisitorTraceStore({ maxSpans: 100 });
    for (let i = 0; i < 10; i++) for (let j = 0; j < 5; j++) store.add("quiet", span(`q${i}`, "quiet"));
    for (let i = 0; i < 20; i++) for (let j = 0; j < 5; j++) store.add("busy", span(`x${i}`, "busy"));
    expect(store.size()).toBeLessThanOrEqual(100);
    expect(traceIds(store.list()).filter((t) => t.startsWith("x"))).toHaveLength(20);
    expect(traceIds(store.list()).filter((t) => t.startsWith("q")).length).toBeLessThan(10);
  });

  it("a trace's spans are capped (a runaway action cannot fill the store)", () => {
    const store = createVisitorTraceStore({ spansPerTrace: 10 });
    for (let i = 0; i < 50; i++) store.add("alice", span("big", "alice"));
    expect(store.size()).toBe(10);
  });
});

describe("a visitor's own spans", () => {
  it("are looked up by visitor in every store the lens lists: the per-visitor store and the ring", () => {
    const store = createRetainingSpanStore(createSpanStore(10), createVisitorTraceStore());
    store.add(span("a", "alice"));
    store.add(span("b", "bob"));
    store.add(span("c", undefined));
    expect(traceIds(store.list({ visitor: "alice" }))).toEqual(["a"]);
    expect(traceIds(store.list({ visitor: "carol" }))).toEqual([]);
    expect(traceIds(store.list()).sort()).toEqual(["a", "b", "c"]);
  });
});
