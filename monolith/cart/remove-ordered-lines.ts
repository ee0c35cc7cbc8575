import "server-only";
// After an order is placed, take exactly what was ordered out of the cart (a line topped up meanwhile keeps the
// extra). Used by the monolith's checkout and by the hybrid store's, whichever part placed the order.
import { prisma } from "../../infra/db/prisma-client";

export async function removeOrderedLines(cartId: number, orderId: number): Promise<void> {
  const ordered = await prisma.orderLine.findMany({ where: { orderId }, select: { petId: true, quantity: true } });
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
