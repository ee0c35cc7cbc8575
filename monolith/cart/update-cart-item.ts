import "server-only";
// Sets the quantity of one cart line. The new quantity must be valid and fit the current stock.
import { cartLineSchema } from "../../core/cart/cart-schemas";
import { checkCartLine } from "../../core/cart/check-cart-line";
import { AppError } from "../../core/errors/app-error";
import { parseInput } from "../../core/errors/parse-input";
import { prisma } from "../../infra/db/prisma-client";
import { requireCartOwner } from "./require-cart-owner";

export async function updateCartItem(
  ownerKey: string | undefined,
  input: { petId: unknown; quantity: unknown },
): Promise<{ petName: string; quantity: number }> {
  const owner = requireCartOwner(ownerKey);
  const line = parseInput(cartLineSchema, input);
  return prisma.$transaction(async (tx) => {
    const item = await tx.cartItem.findFirst({
      where: { petId: line.petId, cart: { ownerKey: owner } },
      select: { cartId: true, pet: { select: { name: true, stock: true } } },
    });
    if (!item) throw AppError.of("not_found", "cart.lineGone");
    checkCartLine(item.pet, line.quantity);
    await tx.cartItem.update({ where: { cartId_petId: { cartId: item.cartId, petId: line.petId } }, data: { quantity: line.quantity } });
    await tx.cart.update({ where: { id: item.cartId }, data: { updatedAt: new Date() } });
    return { petName: item.pet.name, quantity: line.quantity };
  });
}
