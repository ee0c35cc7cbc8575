// The gateway's counter in the database: a burst of parallel requests for one caller is batched into few writes,
// yet every request gets its own place in the count and the row holds exactly how many came.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/infra/db/prisma-client";
import { countRequest, resetCounters, WINDOW_MS } from "@/infra/rate-limit/shared-counter";
import { sqlWriteTransaction } from "@/infra/db/sql-client";

beforeEach(() => resetCounters());

describe("shared rate-limit counter", () => {
  it("counts 60 parallel requests as places 1…60, once each, and stores 60", async () => {
    const results = await Promise.all(Array.from({ length: 60 }, () => countRequest("ip:10.0.0.1")));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const row = await prisma.rateLimitWindow.findUniqueOrThrow({ where: { key: "ip:10.0.0.1" } });
    expect(row.count).toBe(60);
    // Callers are counted apart.
    expect((await countRequest("ip:10.0.0.2")).count).toBe(1);
  });

  it("starts a new window once the caller's minute is over", async () => {
    await countRequest("user:7");
    await countRequest("user:7");
    await prisma.rateLimitWindow.update({ where: { key: "user:7" }, data: { windowStartMs: BigInt(Date.now() - WINDOW_MS - 1) } });
    const next = await countRequest("user:7");
    expect(next.count).toBe(1);
    expect(Math.abs(next.windowStartMs - Date.now())).toBeLessThan(5_000);
  });

  it("waits for a transaction open on the same client instead of joining it: a rolled-back order keeps the count", async () => {
    let counted: Promise<unknown> | undefined;
    const order = sqlWriteTransaction("Test.rollback", async (tx) => {
      await tx.execute({ sql: `UPDATE "Pet" SET "stock" = "stock" WHERE "id" = ?`, args: [1] });
      counted = countRequest("ip:10.0.0.3"); // sent while this transaction is open
      await new Promise((r) => setTimeout(r, 20));
      throw new Error("roll back");
    });
    await expect(order).rejects.toThrow("roll back");
    await counted;
    const row = await prisma.rateLimitWindow.findUniqueOrThrow({ where: { key: "ip:10.0.0.3" } });
    expect(row.count).toBe(1);
  });
});
