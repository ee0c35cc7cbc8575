import { describe, expect, it } from "vitest";
import type { LensSpan } from "./span";
import { createSpanStore, groupTraces } from "./span-store";

function span(n: number, over: Partial<LensSpan> = {}): LensSpan {
  return {
    traceId: "t1".padEnd(32, "0"),
    spanId: String(n).padStart(16, "0"),
    name: `span ${n}`,
    component: "web-server",
    mode: "monolith",
    startMs: 1000 + n * 10,
    durationMs: 5,
    status: "ok",
    attributes: {},
    ...over,
  };
}

const names = (spans: LensSpan[]) => spans.map((s) => s.name);

describe("span store", () => {
  it("keeps spans in the order they were added, newest last", () => {
    const store = createSpanStore(5);
    store.add(span(1));
    store.add(span(2));
    store.add(span(3));
    expect(names(store.list())).toEqual(["span 1", "span 2", "span 3"]);
    expect(store.dropped()).toBe(0);
  });

  it("evicts the oldest spans beyond its capacity", () => {
    const store = createSpanStore(3);
    for (let n = 1; n <= 7; n++) store.add(span(n));
    expect(names(store.list())).toEqual(["span 5", "span 6", "span 7"]);
    expect(store.dropped()).toBe(4);
    expect(store.capacity).toBe(3);
  });

  it("filters by start time, trace ids and component, and limits to the newest", () => {
    const store = createSpanStore(10);
    store.add(span(1, { traceId: "a" }));
    store.add(span(2, { traceId: "b", component: "database" }));
    store.add(span(3, { traceId: "a", component: "database" }));
    store.add(span(4, { traceId: "c" }));
    expect(names(store.list({ sinceMs: 1020 }))).toEqual(["span 2", "span 3", "span 4"]);
    expect(names(store.list({ traceId: "a" }))).toEqual(["span 1", "span 3"]);
    expect(names(store.list({ traceId: ["a", "c"] }))).toEqual(["span 1", "span 3", "span 4"]);
    expect(names(store.list({ component: "database" }))).toEqual(["span 2", "span 3"]);
    expect(names(store.list({ limit: 2 }))).toEqual(["span 3", "span 4"]);
    expect(names(store.list({ traceId: "a", component: "database", sinceMs: 1000 }))).toEqual(["span 3"]);
    expect(store.list({ limit: 0 })).toEqual([]);
  });

  it("groups traces with their start, end and duration", () => {
    const store = createSpanStore(10);
    store.add(span(3, { traceId: "a", durationMs: 40 })); // 1030..1070 (finished first, started later)
    store.add(span(1, { traceId: "a", durationMs: 100 })); // 1010..1110
    store.add(span(2, { traceId: "b", durationMs: 7 })); // 1020..1027
    expect(
      store.traces().map((t) => ({ id: t.traceId, spans: names(t.spans), startMs: t.startMs, endMs: t.endMs, durationMs: t.durationMs })),
    ).toEqual([
      { id: "a", spans: ["span 1", "span 3"], startMs: 1010, endMs: 1110, durationMs: 100 },
      { id: "b", spans: ["span 2"], startMs: 1020, endMs: 1027, durationMs: 7 },
    ]);
    expect(store.traces({ traceId: "b" }).map((t) => t.traceId)).toEqual(["b"]);
  });

  it("clears everything", () => {
    const store = createSpanStore(2);
    store.add(span(1));
    store.add(span(2));
    store.add(span(3));
    store.clear();
    expect(store.list()).toEqual([]);
    expect(store.dropped()).toBe(0);
    store.add(span(4));
    expect(names(store.list())).toEqual(["span 4"]);
  });

  it("refuses a capacity that is not a positive integer", () => {
    expect(() => createSpanStore(0)).toThrow(RangeError);
    expect(() => createSpanStore(1.5)).toThrow(RangeError);
  });

  it("groups nothing into no traces", () => {
    expect(groupTraces([])).toEqual([]);
  });
});
