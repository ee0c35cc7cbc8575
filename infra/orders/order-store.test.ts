// placeOrder (core) through the Prisma order store on a real, migrated database: the checkout rules both
// architectures rely on — atomic stock, idempotency, server-side prices.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../core/errors/app-error";
import { parseInput } from "../../core/errors/parse-input";
import { placeOrderSchema } from "../../core/orders/order-schemas";
import { placeOrder } from "../../core/orders/place-order";
import { makeCategory, makePet, makeUser, stockOf } from "../../tests/db-fixtures";
import { prisma } from "../db/prisma-client";
import { orderStore } from "./order-store";

let categoryId: number;
beforeAll(async () => {
  categoryId = await makeCategory();
});

describe("placeOrder via orderStore", () => {
  it("10 concurrent buyers of a pet with stock 3: exactly 3 orders, stock 0, the rest out_of_stock", async () => {
    const pet = await makePet(categoryId, { stock: 3, priceCents: 25_000 });
    const buyers = await Promise.all(Array.from({ length: 10 }, () => makeUser()));
    const results = await Promise.allSettled(
      buyers.map((userId) =>
        placeOrder(orderStore, {
          items: [{ petId: pet.id, quantity: 1 }],
          idempotencyKey: randomUUID(),
          userId,
          placedVia: "monolith",
        }),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(ok).toHaveLength(3);
    expect(failed).toHaveLength(7);
    for (const e of failed) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("out_of_stock");
      expect((e as AppError).status).toBe(409);
    }
    expect(await stockOf(pet.id)).toBe(0);
    expect(await prisma.order.count({ where: { lines: { some: { petId: pet.id } } } })).toBe(3);
  });

  it("a buyer of 2 and a buyer of 2 with stock 3: one order, stock never below zero", async () => {
    const pet = await makePet(categoryId, { stock: 3 });
    const [a, b] = [await makeUser(), await makeUser()];
    const results = await Promise.allSettled(
      [a, b].map((userId) =>
        placeOrder(orderStore, {
          items: [{ petId: pet.id, quantity: 2 }],
          idempotencyKey: randomUUID(),
          userId,
          placedVia: "serverless",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await stockOf(pet.id)).toBe(1);
  });

  it("a failing line rolls back the whole order (no partial stock taken)", async () => {
    const plenty = await makePet(categoryId, { stock: 10 });
    const scarce = await makePet(categoryId, { stock: 1 });
    const userId = await makeUser();
    await expect(
      placeOrder(orderStore, {
        items: [
          { petId: plenty.id, quantity: 2 },
          { petId: scarce.id, quantity: 2 },
        ],
        idempotencyKey: randomUUID(),
        userId,
        placedVia: "monolith",
      }),
    ).rejects.toMatchObject({ code: "out_of_stock" });
    expect(await stockOf(plenty.id)).toBe(10);
    expect(await stockOf(scarce.id)).toBe(1);
    expect(await prisma.order.count({ where: { userId } })).toBe(0);
  });

  it("the same idempotency key sent 5 times at once makes one order", async () => {
    const pet = await makePet(categoryId, { stock: 20, priceCents: 12_345 });
    const userId = await makeUser();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        placeOrder(orderStore, { items: [{ petId: pet.id, quantity: 2 }], idempotencyKey: key, userId, placedVia: "monolith" }),
      ),
    );
    const ids = new Set(results.map((r) => r.orderId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(results.every((r) => r.totalCents === 24_690)).toBe(true);
    expect(await prisma.order.count({ where: { userId } })).toBe(1);
    expect(await stockOf(pet.id)).toBe(18);
  });

  it("a replay with the same key returns the first order even with a different body", async () => {
    const pet = await makePet(categoryId, { stock: 20 });
    const userId = await makeUser();
    const key = randomUUID();
    const first = await placeOrder(orderStore, {
      items: [{ petId: pet.id, quantity: 1 }],
      idempotencyKey: key,
      userId,
      placedVia: "monolith",
    });
    const again = await placeOrder(orderStore, {
      items: [{ petId: pet.id, quantity: 5 }],
      idempotencyKey: key,
      userId,
      placedVia: "monolith",
    });
    expect(again).toEqual({ orderId: first.orderId, totalCents: first.totalCents, replayed: true });
    expect(await stockOf(pet.id)).toBe(19);
  });

  it("the same key from two different users makes two orders", async () => {
    const pet = await makePet(categoryId, { stock: 20 });
    const key = randomUUID();
    const [a, b] = [await makeUser(), await makeUser()];
    const ra = await placeOrder(orderStore, {
      items: [{ petId: pet.id, quantity: 1 }],
      idempotencyKey: key,
      userId: a,
      placedVia: "monolith",
    });
    const rb = await placeOrder(orderStore, {
      items: [{ petId: pet.id, quantity: 1 }],
      idempotencyKey: key,
      userId: b,
      placedVia: "monolith",
    });
    expect(ra.orderId).not.toBe(rb.orderId);
  });

  it("a tampered price is impossible: the order uses catalog prices and snapshots them", async () => {
    const pet = await makePet(categoryId, { stock: 5, priceCents: 99_900 });
    const userId = await makeUser();
    // A client sends its own prices and total; the schema strips them, the store prices from the catalog.
    const body = parseInput(placeOrderSchema, {
      items: [{ petId: pet.id, quantity: 2, priceCents: 1, unitPriceCents: 1, price: 0.01 }],
      idempotencyKey: randomUUID(),
      totalCents: 2,
      total: 0.02,
    });
    expect(body).toEqual({ items: [{ petId: pet.id, quantity: 2 }], idempotencyKey: body.idempotencyKey });
    const placed = await placeOrder(orderStore, { ...body, userId, placedVia: "serverless" });
    expect(placed.totalCents).toBe(199_800);
    const order = await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { lines: true } });
    expect(order.totalCents).toBe(199_800);
    expect(order.lines).toMatchObject([{ petId: pet.id, petName: pet.name, unitPriceCents: 99_900, quantity: 2 }]);

    // A later price change does not rewrite history.
    await prisma.pet.update({ where: { id: pet.id }, data: { priceCents: 5 } });
    const again = await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { lines: true } });
    expect(again.totalCents).toBe(199_800);
    expect(again.lines[0]?.unitPriceCents).toBe(99_900);
  });

  it("rejects unknown pets and empty orders without writing anything", async () => {
    const userId = await makeUser();
    await expect(
      placeOrder(orderStore, {
        items: [{ petId: 2_000_000_000, quantity: 1 }],
        idempotencyKey: randomUUID(),
        userId,
        placedVia: "monolith",
      }),
    ).rejects.toMatchObject({ code: "bad_request" });
    await expect(placeOrder(orderStore, { items: [], idempotencyKey: randomUUID(), userId, placedVia: "monolith" })).rejects.toMatchObject({
      code: "bad_request",
    });
    expect(await prisma.order.count({ where: { userId } })).toBe(0);
  });

  it("a purchase marks the pet updated as Prisma's @updatedAt would (the search index's freshness check reads it)", async () => {
    const pet = await makePet(categoryId, { stock: 5 });
    const before = await prisma.pet.findUniqueOrThrow({ where: { id: pet.id }, select: { updatedAt: true } });
    const userId = await makeUser();
    await placeOrder(orderStore, {
      items: [{ petId: pet.id, quantity: 1 }],
      idempotencyKey: randomUUID(),
      userId,
      placedVia: "serverless",
    });
    const after = await prisma.pet.findUniqueOrThrow({ where: { id: pet.id }, select: { updatedAt: true, stock: true } });
    expect(after.stock).toBe(4);
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    expect(Math.abs(after.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    // The raw update wrote the same text format as Prisma's own writes, so ordering by it still works.
    const [raw] = await prisma.$queryRawUnsafe<{ t: string; v: string }[]>(
      'SELECT typeof("updatedAt") AS t, CAST("updatedAt" AS TEXT) AS v FROM "Pet" WHERE "id" = ?',
      pet.id,
    );
    const [other] = await prisma.$queryRawUnsafe<{ t: string; v: string }[]>(
      'SELECT typeof("updatedAt") AS t, CAST("updatedAt" AS TEXT) AS v FROM "Pet" WHERE "id" <> ? LIMIT 1',
      pet.id,
    );
    const shape = (v: string | undefined) => v?.replace(/\d/g, "0");
    expect(shape(raw?.v)).toBe(shape(other?.v));
    expect(raw?.t).toBe(other?.t);
  });
});
