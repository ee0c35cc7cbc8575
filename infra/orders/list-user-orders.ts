// A user's orders, newest first, as DTOs (never Prisma rows). Both architectures read order history here.
import type { OrderDto } from "../../core/orders/order-dto";
import { prisma } from "../db/prisma-client";
import { orderSelect, toOrderDto } from "./to-order-dto";

export const ORDER_HISTORY_LIMIT = 50;

export async function listUserOrders(userId: number, limit = ORDER_HISTORY_LIMIT): Promise<OrderDto[]> {
  const rows = await prisma.order.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: orderSelect,
  });
  return rows.map(toOrderDto);
}
