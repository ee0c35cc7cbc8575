import { describe, expect, it } from "vitest";
import { createRingBuffer, pushRing, ringToArray } from "./ring-buffer";

describe("ring buffer", () => {
  it("keeps the last N items, oldest first, and counts what it dropped", () => {
    const ring = createRingBuffer<number>(3);
    for (const n of [1, 2]) pushRing(ring, n);
    expect(ringToArray(ring)).toEqual([1, 2]);
    for (const n of [3, 4, 5]) pushRing(ring, n);
    expect(ringToArray(ring)).toEqual([3, 4, 5]);
    expect(ring.items).toHaveLength(3);
    expect(ring.dropped).toBe(2);
    pushRing(ring, 6);
    expect(ringToArray(ring)).toEqual([4, 5, 6]);
  });

  it("rejects a zero capacity", () => {
    expect(() => createRingBuffer(0)).toThrow(RangeError);
  });
});
