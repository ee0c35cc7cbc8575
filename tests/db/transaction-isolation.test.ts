// What a driver for the local file must do that a single-connection one does not (decision 039): a plain write
// another request sends while a Prisma transaction is open must not become part of that transaction. With
// @prisma/adapter-better-sqlite3 6.19 (one connection for everything) the write below resolved and was then rolled
// back with the transaction — gone without an error. Today's driver gives transactions their own connection.
import { expect, it } from "vitest";
import { prisma } from "@/infra/db/prisma-client";

it("a plain write sent while another request's transaction is open survives that transaction's rollback", async () => {
  const key = `isolation-${Date.now()}`;
  let outside: Promise<unknown> | undefined;
  const transaction = prisma.$transaction(async (tx) => {
    await tx.classSetting.create({ data: { key: `${key}-inside`, value: "x" } });
    outside = prisma.classSetting.create({ data: { key: `${key}-outside`, value: "y" } }); // another request's
    // A driver that lets it in finishes it at once; one that keeps it out makes it wait for this transaction.
    await Promise.race([outside, new Promise((r) => setTimeout(r, 1_000))]);
    throw new Error("roll back");
  });
  await expect(transaction).rejects.toThrow("roll back");
  await outside;
  const rows = await prisma.classSetting.findMany({ where: { key: { startsWith: key } } });
  expect(rows.map((r) => r.key)).toEqual([`${key}-outside`]);
});
