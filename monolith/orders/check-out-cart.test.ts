// Monolith checkout on a real database: cart → order through core placeOrder, idempotent, cart cleared.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { makeCategory, makePet, makeUser, stockOf } from "../../tests/db-fixtures";
import { addToCart } from "../cart/add-to-cart";
import { getCart } from "../cart/get-cart";
import { checkOutCart } from "./check-out-cart";
import { listOrders } from "./list-orders";

let categoryId: number;
beforeAll(async () => {
  categoryId = await makeCategory();
});

describe("checkOutCart", () => {
  it("orders the cart at catalog prices, takes the stock and empties the cart", async () => {
    const a = await makePet(categoryId, { stock: 5, priceCents: 30_000 });
    const b = await makePet(categoryId, { stock: 5, priceCents: 4_500 });
    const userId = await makeUser();
    await addToCart(`u:${userId}`, { petId: a.id, quantity: 2 });
    await addToCart(`u:${userId}`, { petId: b.id, quantity: 1 });
    const placed = await checkOutCart(userId, randomUUID());
    expect(placed.replayed).toBe(false);
    expect(placed.totalCents).toBe(64_500);
    expect(await stockOf(a.id)).toBe(3);
    expect(await stockOf(b.id)).toBe(4);
    expect((await getCart(`u:${userId}`)).lines).toEqual([]);
    const [order] = await listOrders(userId);
    expect(order).toMatchObject({ id: placed.orderId, totalCents: 64_500, placedVia: "monolith" });
    expect(order?.lines).toEqual([
      { petId: a.id, petName: a.name, unitPriceCents: 30_000, quantity: 2 },
      { petId: b.id, petName: b.name, unitPriceCents: 4_500, quantity: 1 },
    ]);
  });

  it("a double submit (same key, one after the other) makes one order", async () => {
    const pet = await makePet(categoryId, { stock: 5 });
    const userId = await makeUser();
    await addToCart(`u:${userId}`, { petId: pet.id, quantity: 1 });
    const key = randomUUID();
    const first = await checkOutCart(userId, key);
    const second = await checkOutCart(userId, key);
    expect(second).toEqual({ orderId: first.orderId, totalCents: first.totalCents, replayed: true });
    expect(await prisma.order.count({ where: { userId } })).toBe(1);
    expect(await stockOf(pet.id)).toBe(4);
  });

  it("a double submit racing (same key, at once) makes one order, even for the last pet in stock", async () => {
    const pet = await makePet(categoryId, { stock: 1 });
    const userId = await makeUser();
    await addToCart(`u:${userId}`, { petId: pet.id, quantity: 1 });
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => checkOutCart(userId, key)));
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    expect(await prisma.order.count({ where: { userId } })).toBe(1);
    expect(await stockOf(pet.id)).toBe(0);
  });

  it("out of stock: nothing is ordered and the cart stays as it was", async () => {
    const pet = await makePet(categoryId, { stock: 2 });
    const userId = await makeUser();
    await addToCart(`u:${userId}`, { petId: pet.id, quantity: 2 });
    await prisma.pet.update({ where: { id: pet.id }, data: { stock: 1 } });
    await expect(checkOutCart(userId, randomUUID())).rejects.toMatchObject({
      code: "out_of_stock",
      message: `Only 1 of ${pet.name} left in stock; you asked for 2.`,
    });
    expect(await prisma.order.count({ where: { userId } })).toBe(0);
    expect((await getCart(`u:${userId}`)).lines[0]?.quantity).toBe(2);
    expect(await stockOf(pet.id)).toBe(1);
  });

  it("an empty cart gets a clear message", async () => {
    const userId = await makeUser();
    await expect(checkOutCart(userId, randomUUID())).rejects.toMatchObject({
      code: "bad_request",
      message: "Your cart is empty — add a pet before checking out.",
    });
  });

  it("rejects a missing or malformed idempotency key", async () => {
    const userId = await makeUser();
    await expect(checkOutCart(userId, null)).rejects.toMatchObject({ code: "bad_request" });
    await expect(checkOutCart(userId, "bad key!")).rejects.toMatchObject({ code: "bad_request" });
  });
});

describe("listOrders", () => {
  it("lists only the user's orders, newest first", async () => {
    const pet = await makePet(categoryId, { stock: 10 });
    const [me, other] = [await makeUser(), await makeUser()];
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      await addToCart(`u:${me}`, { petId: pet.id, quantity: 1 });
      ids.push((await checkOutCart(me, randomUUID())).orderId);
    }
    await addToCart(`u:${other}`, { petId: pet.id, quantity: 1 });
    await checkOutCart(other, randomUUID());
    expect((await listOrders(me)).map((o) => o.id)).toEqual([...ids].reverse());
  });
});
