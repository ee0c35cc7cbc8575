import "server-only";
// Adds a quantity of a pet to the visitor's server-side cart (created on first use). The quantity in the
// cart *after* adding must still be a valid quantity and must fit the current stock (core rules).
import { cartLineSchema, MAX_QUANTITY, quantitySchema } from "../../core/cart/cart-schemas";
import { checkCartLine } from "../../core/cart/check-cart-line";
import { AppError, isAppError } from "../../core/errors/app-error";
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
    const existing = await tx.cartItem.findUnique({ where: { cartId_petId: { cartId: cart.id, petId: line.petId } }, select: { quantity: true } });
    const already = existing?.quantity ?? 0;
    const total = already + line.quantity;
    try {
      parseInput(quantitySchema, total);
      checkCartLine(pet, total);
    } catch (e) {
      // Say it in terms of what is already in the cart, not only the sum the shopper never typed.
      if (already > 0 && isAppError(e) && pet) {
        const room = Math.max(0, Math.min(pet.stock, MAX_QUANTITY) - already);
        const more = room === 0 ? "you cannot add more" : `you can add at most ${room} more`;
        throw new AppError(e.code, `You already have ${already} of ${pet.name} in your cart, so ${more}. ${e.message}`, e.details);
      }
      throw e;
    }
    await tx.cartItem.upsert({
      where: { cartId_petId: { cartId: cart.id, petId: line.petId } },
      create: { cartId: cart.id, petId: line.petId, quantity: total },
      update: { quantity: total },
    });
    await tx.cart.update({ where: { id: cart.id }, data: { updatedAt: new Date() } });
    return { petId: line.petId, petName: pet!.name, added: line.quantity, quantityInCart: total };
  });
}
