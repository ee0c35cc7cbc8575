// The recursive-trigger breaker: it admits exactly maxRuns runs per photo, then trips, and its bill uses the
// cost meter's prices (invocations × request price + GB-seconds × GB-second price).
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_PRICES } from "../../core/costs/default-prices";
import { recursiveLoopBill } from "../../core/costs/recursive-loop-bill";
import { admitLoopRun, loopRecords, recordLoopInvocation, resetLoopBreaker } from "./recursive-trigger-breaker";

afterEach(() => resetLoopBreaker());

describe("recursive-trigger breaker", () => {
  it("admits maxRuns runs for one photo, then refuses every further run and says it tripped", () => {
    // A fan-out of three events per run, as three thumbnails per run would cause.
    const admitted: boolean[] = [];
    let pending = 1;
    while (pending > 0 && admitted.length < 1_000) {
      pending -= 1;
      const ok = admitLoopRun("photo-a", 10);
      admitted.push(ok);
      if (ok) pending += 3;
    }
    expect(admitted.filter(Boolean)).toHaveLength(10);
    expect(admitted.length).toBeLessThan(1_000); // it stopped by itself
    const [rec] = loopRecords();
    expect(rec).toMatchObject({ imageId: "photo-a", runs: 10, tripped: true, maxRuns: 10 });
    expect(rec!.summary).toMatch(/^breaker tripped after 10 runs · 10 runs so far/);
    // Another photo has its own count.
    expect(admitLoopRun("photo-b", 10)).toBe(true);
  });

  it("adds up only the invocations of photos it counts, and prices them with the cost meter's prices", () => {
    recordLoopInvocation("not-looping", 1);
    expect(loopRecords()).toEqual([]);
    admitLoopRun("photo-c", 5);
    recordLoopInvocation("photo-c", 0.5);
    recordLoopInvocation("photo-c", 0.25);
    const [rec] = loopRecords();
    expect(rec).toMatchObject({ invocations: 2, gbSeconds: 0.75 });
    const bill = recursiveLoopBill({ runs: 1, invocations: 2, gbSeconds: 0.75, elapsedMs: 2_000 });
    expect(bill.dollars).toBeCloseTo((2 / 1e6) * DEFAULT_PRICES.requestPricePerMillion + 0.75 * DEFAULT_PRICES.gbSecondPrice, 12);
    expect(bill.dollarsPerHour).toBeCloseTo((bill.dollars / 2) * 3600, 9);
  });
});
