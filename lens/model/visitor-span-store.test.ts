import { describe, expect, it } from "vitest";
import type { LensSpan } from "./span";
import { capSpanList } from "./cap-span-list";
import { createVisitorSpanStore } from "./visitor-span-store";

let n = 0;
function span(startMs: number, name = "x"): LensSpan {
  n += 1;
  return {
    traceId: n.toString(16).padStart(32, "0"),
    spanId: n.toString(16).padStart(16, "0"),
    name,
    component: "browser",
    mode: "monolith",
    startMs,
    durationMs: 1,
    status: "ok",
    attributes: {},
  };
}

describe("visitor span store", () => {
  it("a visitor who floods pushes out only their own spans", () => {
    const store = createVisitorSpanStore(3, 10);
    store.add("alice", span(1, "alice"));
    for (let i = 0; i < 100; i++) store.add("mallory", span(10 + i, "mallory"));
    const all = store.list();
    expect(all.filter((s) => s.name === "alice")).toHaveLength(1);
    expect(all.filter((s) => s.name === "mallory").map((s) => s.startMs)).toEqual([107, 108, 109]);
  });

  it("keeps a bounded number of visitors, the least recently heard from leaving first", () => {
    const store = createVisitorSpanStore(5, 2);
    store.add("a", span(1, "a"));
    store.add("b", span(2, "b"));
    store.add("a", span(3, "a"));
    store.add("c", span(4, "c"));
    expect(new Set(store.list().map((s) => s.name))).toEqual(new Set(["a", "c"]));
  });

  it("filters by time and trace like the server store", () => {
    const store = createVisitorSpanStore();
    const s1 = span(100);
    store.add("v", s1);
    store.add("v", span(200));
    expect(store.list({ sinceMs: 150 })).toHaveLength(1);
    expect(store.list({ traceId: [s1.traceId] })).toEqual([s1]);
  });
});

describe("capSpanList", () => {
  it("keeps the newest spans within the count and the byte budget", () => {
    const spans = Array.from({ length: 100 }, (_, i) => span(i, "y".repeat(1000)));
    const byCount = capSpanList(spans, 10);
    expect(byCount.spans.map((s) => s.startMs)).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
    expect(byCount.truncated).toBe(true);
    const byBytes = capSpanList(spans, 1000, 20_000);
    expect(Buffer.byteLength(JSON.stringify({ spans: byBytes.spans, truncated: true }))).toBeLessThanOrEqual(20_000);
    expect(byBytes.spans.at(-1)?.startMs).toBe(99);
    expect(capSpanList(spans.slice(0, 3), 10)).toEqual({ spans: spans.slice(0, 3), truncated: false });
  });
});

describe("a visitor's own browser spans", () => {
  it("are looked up by visitor, not filtered out of everyone's", () => {
    const store = createVisitorSpanStore();
    store.add("alice", { ...span(1, "a"), visitor: "alice" });
    store.add("bob", { ...span(2, "b"), visitor: "bob" });
    expect(store.list({ visitor: "alice" }).map((s) => s.name)).toEqual(["a"]);
    expect(store.list({ visitor: "carol" })).toEqual([]);
    expect(store.list().map((s) => s.name)).toEqual(["a", "b"]);
  });
});
