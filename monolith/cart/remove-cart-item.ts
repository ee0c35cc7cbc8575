import "server-only";
// Removes one pet from the visitor's cart. Removing something that is not there is not an error.
import { pick } from "zod/mini";
import { cartLineSchema } from "../../core/cart/cart-schemas";
import { parseInput } from "../../core/errors/parse-input";
import { prisma } from "../../infra/db/prisma-client";
import { requireCartOwner } from "./require-cart-owner";

const petIdOnly = pick(cartLineSchema, { petId: true });

export async function removeCartItem(ownerKey: string | undefined, input: { petId: unknown }): Promise<{ petName: string | null }> {
  const owner = requireCartOwner(ownerKey);
  const { petId } = parseInput(petIdOnly, input);
  const item = await prisma.cartItem.findFirst({
    where: { petId, cart: { ownerKey: owner } },
    select: { cartId: true, pet: { select: { name: true } } },
  });
  if (!item) return { petName: null };
  await prisma.cartItem.deleteMany({ where: { cartId: item.cartId, petId } });
  return { petName: item.pet.name };
}
