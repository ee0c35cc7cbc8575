// Cart operations on a real database: validation, stock rule, lazy cart creation, the DTO.
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUANTITY } from "../../core/cart/cart-schemas";
import { AppError } from "../../core/errors/app-error";
import { prisma } from "../../infra/db/prisma-client";
import { makeCategory, makePet, uid } from "../../tests/db-fixtures";
import { addToCart } from "./add-to-cart";
import { getCart } from "./get-cart";
import { removeCartItem } from "./remove-cart-item";
import { updateCartItem } from "./update-cart-item";

let categoryId: number;
beforeAll(async () => {
  categoryId = await makeCategory();
});

const owner = () => `s:test-${uid()}`;

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected a failure");
}

describe("addToCart", () => {
  it("creates the cart lazily and adds up repeated adds", async () => {
    const pet = await makePet(categoryId, { stock: 10, priceCents: 5_000 });
    const key = owner();
    expect(await prisma.cart.count({ where: { ownerKey: key } })).toBe(0);
    expect(await addToCart(key, { petId: String(pet.id), quantity: "2" })).toEqual({
      petId: pet.id,
      petName: pet.name,
      added: 2,
      quantityInCart: 2,
    });
    expect(await prisma.cart.count({ where: { ownerKey: key } })).toBe(1);
    await addToCart(key, { petId: pet.id, quantity: 3 });
    const cart = await getCart(key);
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]).toMatchObject({ petId: pet.id, quantity: 5, unitPriceCents: 5_000, lineTotalCents: 25_000, problem: null });
    expect(cart.totalCents).toBe(25_000);
    expect(cart.itemCount).toBe(5);
  });

  it.each([
    ["0", "Quantity must be at least 1."],
    ["-1", "Quantity must be at least 1."],
    ["1.5", "Quantity must be a whole number."],
    ["abc", "Quantity must be a number."],
    ["1000", `You can buy at most ${MAX_QUANTITY} of one pet at a time.`],
  ])("rejects quantity %j with %j and adds nothing", async (quantity, message) => {
    const pet = await makePet(categoryId, { stock: 10 });
    const key = owner();
    const e = await failure(addToCart(key, { petId: pet.id, quantity }));
    expect(e.code).toBe("bad_request");
    expect(e.message).toBe(message);
    expect((await getCart(key)).lines).toHaveLength(0);
  });

  it("rejects more than the stock, counting what is already in the cart", async () => {
    const pet = await makePet(categoryId, { stock: 3, name: `Scarce ${uid()}` });
    const key = owner();
    const tooMany = await failure(addToCart(key, { petId: pet.id, quantity: 4 }));
    expect(tooMany.code).toBe("out_of_stock");
    expect(tooMany.message).toBe(`Only 3 of ${pet.name} left in stock; you asked for 4.`);
    await addToCart(key, { petId: pet.id, quantity: 2 });
    const topUp = await failure(addToCart(key, { petId: pet.id, quantity: 2 }));
    expect(topUp.message).toBe(
      `You already have 2 of ${pet.name} in your cart, so you can add at most 1 more. Only 3 of ${pet.name} left in stock; you asked for 4.`,
    );
    expect((await getCart(key)).lines[0]?.quantity).toBe(2);
  });

  it("rejects sold-out and unknown pets", async () => {
    const pet = await makePet(categoryId, { stock: 0 });
    expect((await failure(addToCart(owner(), { petId: pet.id, quantity: 1 }))).code).toBe("out_of_stock");
    expect((await failure(addToCart(owner(), { petId: 2_000_000_000, quantity: 1 }))).code).toBe("not_found");
    expect((await failure(addToCart(owner(), { petId: "nope", quantity: 1 }))).message).toBe("Unknown pet.");
  });

  it("needs a session", async () => {
    expect((await failure(addToCart(undefined, { petId: 1, quantity: 1 }))).code).toBe("bad_request");
  });
});

describe("updateCartItem / removeCartItem", () => {
  it("sets a quantity within stock and rejects bad ones unchanged", async () => {
    const pet = await makePet(categoryId, { stock: 4 });
    const key = owner();
    await addToCart(key, { petId: pet.id, quantity: 1 });
    await updateCartItem(key, { petId: pet.id, quantity: "4" });
    expect((await getCart(key)).lines[0]?.quantity).toBe(4);
    for (const quantity of ["0", "-1", "1.5", "abc", "5"]) {
      await failure(updateCartItem(key, { petId: pet.id, quantity }));
    }
    expect((await getCart(key)).lines[0]?.quantity).toBe(4);
  });

  it("cannot touch another owner's cart line", async () => {
    const pet = await makePet(categoryId, { stock: 4 });
    const mine = owner();
    await addToCart(mine, { petId: pet.id, quantity: 1 });
    expect((await failure(updateCartItem(owner(), { petId: pet.id, quantity: 2 }))).code).toBe("not_found");
    expect(await removeCartItem(owner(), { petId: pet.id })).toEqual({ petName: null });
    expect((await getCart(mine)).lines).toHaveLength(1);
  });

  it("removes a line", async () => {
    const pet = await makePet(categoryId, { stock: 4 });
    const key = owner();
    await addToCart(key, { petId: pet.id, quantity: 1 });
    expect(await removeCartItem(key, { petId: String(pet.id) })).toEqual({ petName: pet.name });
    expect((await getCart(key)).lines).toHaveLength(0);
  });
});

describe("getCart", () => {
  it("uses today's catalog price and reports lines whose stock dropped", async () => {
    const a = await makePet(categoryId, { stock: 5, priceCents: 1_000 });
    const b = await makePet(categoryId, { stock: 5, priceCents: 2_000 });
    const key = owner();
    await addToCart(key, { petId: a.id, quantity: 3 });
    await addToCart(key, { petId: b.id, quantity: 1 });
    await prisma.pet.update({ where: { id: a.id }, data: { stock: 2, priceCents: 1_500 } });
    const cart = await getCart(key);
    expect(cart.totalCents).toBe(3 * 1_500 + 2_000);
    expect(cart.hasProblems).toBe(true);
    expect(cart.lines.find((l) => l.petId === a.id)?.problem).toBe(`Only 2 of ${a.name} left in stock; you asked for 3.`);
    expect(cart.lines.find((l) => l.petId === b.id)?.problem).toBeNull();
    await prisma.pet.update({ where: { id: a.id }, data: { stock: 0 } });
    expect((await getCart(key)).lines.find((l) => l.petId === a.id)?.problem).toBe(`Sorry, ${a.name} is sold out.`);
  });

  it("is empty for an unknown owner or no session", async () => {
    expect(await getCart(owner())).toEqual({ lines: [], itemCount: 0, totalCents: 0, hasProblems: false });
    expect((await getCart(undefined)).lines).toEqual([]);
  });
});
