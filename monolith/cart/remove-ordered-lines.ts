import "server-only";
// After an order is placed, take exactly what was ordered out of the cart (a line topped up meanwhile keeps the
// extra). The ordered lines are the cart lines the checkout read and sent, so nothing needs reading back. Used by
// the monolith's checkout and by the hybrid store's, whichever part placed the order.
import { prisma } from "../../infra/db/prisma-client";

export async function removeOrderedLines(cartId: number, ordered: readonly { petId: number; quantity: number }[]): Promise<void> {
  await prisma.$transaction(
    ordered.flatMap((l) => [
      prisma.cartItem.deleteMany({ where: { cartId, petId: l.petId, quantity: { lte: l.quantity } } }),
      prisma.cartItem.updateMany({
        where: { cartId, petId: l.petId, quantity: { gt: l.quantity } },
        data: { quantity: { decrement: l.quantity } },
      }),
    ]),
  );
}
