import { describe, expect, it } from "vitest";
import { acquireInstance, createInstancePool, discardInstance, expireIdleInstances, releaseInstance } from "./instance-pool";

const limits = { idleTimeoutMs: 60_000, maxConcurrency: 2 };

describe("instance pool", () => {
  it("first call is cold, a call after it finished is warm on the same instance", () => {
    const pool = createInstancePool("search");
    const a = acquireInstance(pool, 1_000, limits);
    expect(a).toMatchObject({ kind: "cold", instance: { id: "search-1", createdAt: 1_000, busy: true, invocations: 1 } });
    releaseInstance(pool, "search-1", 1_250);
    const b = acquireInstance(pool, 2_000, limits);
    expect(b).toMatchObject({ kind: "warm", instance: { id: "search-1", lastUsedAt: 2_000, invocations: 2 } });
  });

  it("a second concurrent call gets a new (cold) instance; beyond the limit it is throttled", () => {
    const pool = createInstancePool("purchase");
    expect(acquireInstance(pool, 0, limits).kind).toBe("cold");
    const second = acquireInstance(pool, 1, limits);
    expect(second).toMatchObject({ kind: "cold", instance: { id: "purchase-2" } });
    expect(acquireInstance(pool, 2, limits)).toEqual({ kind: "throttled", busy: 2, expired: [] });
    expect(pool.instances).toHaveLength(2);
  });

  it("expires an idle instance exactly at the idle timeout, never a busy one", () => {
    const pool = createInstancePool("f");
    acquireInstance(pool, 0, limits); // f-1
    acquireInstance(pool, 0, limits); // f-2
    releaseInstance(pool, "f-1", 100);
    expect(expireIdleInstances(pool, 60_099, 60_000)).toEqual([]);
    expect(expireIdleInstances(pool, 60_100, 60_000)).toEqual(["f-1"]);
    expect(pool.instances.map((i) => i.id)).toEqual(["f-2"]); // busy for a long time, still there
  });

  it("after the idle timeout the next call is cold on a new instance and reports what expired", () => {
    const pool = createInstancePool("search");
    acquireInstance(pool, 0, limits);
    releaseInstance(pool, "search-1", 10);
    const next = acquireInstance(pool, 60_010, limits);
    expect(next).toMatchObject({ kind: "cold", instance: { id: "search-2" }, expired: ["search-1"] });
  });

  it("reuses the most recently used idle instance", () => {
    const pool = createInstancePool("f");
    acquireInstance(pool, 0, limits);
    acquireInstance(pool, 0, limits);
    releaseInstance(pool, "f-2", 50);
    releaseInstance(pool, "f-1", 70);
    expect(acquireInstance(pool, 100, limits)).toMatchObject({ kind: "warm", instance: { id: "f-1" } });
    expect(acquireInstance(pool, 100, limits)).toMatchObject({ kind: "warm", instance: { id: "f-2" } });
  });

  it("a discarded instance (failed init) is not reused", () => {
    const pool = createInstancePool("f");
    acquireInstance(pool, 0, limits);
    discardInstance(pool, "f-1");
    expect(acquireInstance(pool, 1, limits)).toMatchObject({ kind: "cold", instance: { id: "f-2" } });
  });
});
