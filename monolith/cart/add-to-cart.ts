import "server-only";
// Adds a quantity of a pet to the visitor's server-side cart (created on first use). The quantity in the
// cart *after* adding must still be a valid quantity and must fit the current stock (core rules).
import { cartLineSchema } from "../../core/cart/cart-schemas";
import { checkCartTopUp } from "../../core/cart/check-cart-top-up";
import { parseInput } from "../../core/errors/parse-input";
import { prisma } from "../../infra/db/prisma-client";
import { requireCartOwner } from "./require-cart-owner";

export type AddedToCart = { petId: number; petName: string; added: number; quantityInCart: number };

export async function addToCart(ownerKey: string | undefined, input: { petId: unknown; quantity: unknown }): Promise<AddedToCart> {
  const owner = requireCartOwner(ownerKey);
  const line = parseInput(cartLineSchema, input);
  return prisma.$transaction(async (tx) => {
    const pet = await tx.pet.findUnique({ where: { id: line.petId }, select: { name: true, stock: true } });
    const cart = await tx.cart.upsert({ where: { ownerKey: owner }, create: { ownerKey: owner }, update: {}, select: { id: true } });
    const existing = await tx.cartItem.findUnique({
      where: { cartId_petId: { cartId: cart.id, petId: line.petId } },
      select: { quantity: true },
    });
    const total = checkCartTopUp(pet, existing?.quantity ?? 0, line.quantity);
    await tx.cartItem.upsert({
      where: { cartId_petId: { cartId: cart.id, petId: line.petId } },
      create: { cartId: cart.id, petId: line.petId, quantity: total },
      update: { quantity: total },
    });
    await tx.cart.update({ where: { id: cart.id }, data: { updatedAt: new Date() } });
    return { petId: line.petId, petName: pet!.name, added: line.quantity, quantityInCart: total };
  });
}
