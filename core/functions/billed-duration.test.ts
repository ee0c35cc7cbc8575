import { describe, expect, it } from "vitest";
import { billedDurationMs, gbSeconds } from "./billed-duration";

describe("billed duration", () => {
  it("rounds up to the granularity, with a one-unit minimum", () => {
    expect(billedDurationMs(0.2)).toBe(1);
    expect(billedDurationMs(12.01)).toBe(13);
    expect(billedDurationMs(12)).toBe(12);
    expect(billedDurationMs(0, 100)).toBe(100);
    expect(billedDurationMs(101, 100)).toBe(200);
    expect(billedDurationMs(300, 100)).toBe(300);
    expect(billedDurationMs(-5)).toBe(1);
  });

  it("rejects a non-positive granularity", () => {
    expect(() => billedDurationMs(10, 0)).toThrow(RangeError);
  });

  it("computes GB-seconds", () => {
    expect(gbSeconds(1000, 1024)).toBe(1);
    expect(gbSeconds(200, 512)).toBe(0.1);
  });
});
