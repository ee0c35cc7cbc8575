import "server-only";
// A signed-in user's orders, newest first, as DTOs (never Prisma rows).
import type { OrderDto } from "../../core/orders/order-dto";
import { prisma } from "../../infra/db/prisma-client";

export const ORDER_HISTORY_LIMIT = 50;

export async function listOrders(userId: number, limit = ORDER_HISTORY_LIMIT): Promise<OrderDto[]> {
  const rows = await prisma.order.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      createdAt: true,
      placedVia: true,
      totalCents: true,
      lines: { select: { petId: true, petName: true, unitPriceCents: true, quantity: true }, orderBy: { id: "asc" } },
    },
  });
  return rows.map((o) => ({
    id: o.id,
    createdAt: o.createdAt.toISOString(),
    placedVia: o.placedVia === "serverless" ? "serverless" : "monolith",
    totalCents: o.totalCents,
    lines: o.lines,
  }));
}
