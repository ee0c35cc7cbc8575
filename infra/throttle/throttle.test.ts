// The one throttle on the real test database: a database limit counts every one of many parallel requests once,
// its window starts again after its duration, a count sent while an order's transaction is open on the same
// connection is not rolled back with it, and a memory limit refuses past its points with the time to wait.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/infra/db/prisma-client";
import { sqlWriteTransaction } from "@/infra/db/sql-client";
import { LIMITS, attempt, backoffMs, consume, forget, resetThrottles, waiting } from "./throttle";

beforeEach(() => resetThrottles());
afterEach(() => vi.useRealTimers());

const points = async (key: string) => (await prisma.rateLimit.findUnique({ where: { key } }))?.points;

describe("the one throttle", () => {
  it("counts 60 parallel requests once each in the database (callers apart), and refuses past the limit", async () => {
    const results = await Promise.all(Array.from({ length: 60 }, () => consume("gateway-ip", "10.0.0.1")));
    expect(results).toEqual(Array(60).fill(0));
    expect(await points("gateway-ip:10.0.0.1")).toBe(60);
    expect(await consume("gateway-ip", "10.0.0.2")).toBe(0);
    expect(await points("gateway-ip:10.0.0.2")).toBe(1);
    // The user limit (300 a minute by default): the 301st waits out the rest of the minute.
    await prisma.rateLimit.create({ data: { key: "gateway-user:7", points: 300, expire: BigInt(Date.now() + 30_000) } });
    const wait = await consume("gateway-user", "7");
    expect(wait).toBeGreaterThan(28_000);
    expect(wait).toBeLessThanOrEqual(30_000);
  });

  it("gives each of a parallel burst its own place: 10 at once with 5 left → exactly 5 pass", async () => {
    await prisma.rateLimit.create({ data: { key: "gateway-user:8", points: 295, expire: BigInt(Date.now() + 30_000) } });
    const results = await Promise.all(Array.from({ length: 10 }, () => consume("gateway-user", "8")));
    expect(results.filter((wait) => wait === 0)).toHaveLength(5);
    expect(await points("gateway-user:8")).toBe(305);
  });

  it("starts a new window once the caller's minute is over", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    await consume("gateway-ip", "10.0.0.4");
    await consume("gateway-ip", "10.0.0.4");
    expect(await points("gateway-ip:10.0.0.4")).toBe(2);
    vi.setSystemTime(1_000_000 + LIMITS["gateway-ip"].duration * 1000 + 1);
    await consume("gateway-ip", "10.0.0.4");
    expect(await points("gateway-ip:10.0.0.4")).toBe(1);
  });

  it("waits for a transaction open on the same client instead of joining it: a rolled-back order keeps the count", async () => {
    let counted: Promise<unknown> | undefined;
    const order = sqlWriteTransaction("Test.rollback", async (tx) => {
      await tx.execute({ sql: `UPDATE "Pet" SET "stock" = "stock" WHERE "id" = ?`, args: [1] });
      counted = consume("gateway-ip", "10.0.0.3"); // sent while this transaction is open
      await new Promise((r) => setTimeout(r, 20));
      throw new Error("roll back");
    });
    await expect(order).rejects.toThrow("roll back");
    await counted;
    expect(await points("gateway-ip:10.0.0.3")).toBe(1);
  });

  it("a memory limit refuses past its points, with the time left in its window", async () => {
    for (let i = 0; i < 60; i++) expect(await consume("class-join", "10.0.0.5")).toBe(0);
    const wait = await consume("class-join", "10.0.0.5");
    expect(wait).toBeGreaterThan(55_000);
    expect(await consume("class-join", "10.0.0.6")).toBe(0);
    expect(await prisma.rateLimit.count({ where: { key: { startsWith: "class-join" } } })).toBe(0);
  });

  it("a backoff limit: free failures, then a wait that doubles; forget clears count and wait", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(2_000_000);
    expect([99, 100, 101, 115, 1_000].map((n) => backoffMs("login-address", n))).toEqual([0, 1_000, 2_000, 15 * 60_000, 15 * 60_000]);
    for (let i = 0; i < 99; i++) expect(await attempt("login-address", "10.0.0.7")).toBe(0);
    expect(await waiting("login-address", "10.0.0.7")).toBe(0);
    expect(await attempt("login-address", "10.0.0.7")).toBe(0); // the 100th goes on, and earns 1 s
    expect(await waiting("login-address", "10.0.0.7")).toBe(1_000);
    expect(await attempt("login-address", "10.0.0.7")).toBe(1_000); // refused, not counted
    vi.setSystemTime(2_001_000);
    expect(await attempt("login-address", "10.0.0.7")).toBe(0); // the 101st, earns 2 s
    expect(await waiting("login-address", "10.0.0.7")).toBe(2_000);
    await forget("login-address", "10.0.0.7");
    expect(await waiting("login-address", "10.0.0.7")).toBe(0);
    expect(await prisma.rateLimit.count({ where: { key: { contains: "10.0.0.7" } } })).toBe(0);
  });
});
