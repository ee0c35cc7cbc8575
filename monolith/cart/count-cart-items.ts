import "server-only";
import { prisma } from "../../infra/db/prisma-client";

export async function countCartItems(ownerKey: string | undefined): Promise<number> {
  if (!ownerKey) return 0;
  const agg = await prisma.cartItem.aggregate({ where: { cart: { ownerKey } }, _sum: { quantity: true } });
  return agg._sum.quantity ?? 0;
}
