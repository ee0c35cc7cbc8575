// One order, only if it belongs to the user: someone else's order is indistinguishable from a missing one.
import type { OrderDto } from "../../core/orders/order-dto";
import { prisma } from "../db/prisma-client";
import { orderSelect, toOrderDto } from "./to-order-dto";

export async function getUserOrder(userId: number, orderId: number): Promise<OrderDto | null> {
  const row = await prisma.order.findFirst({ where: { id: orderId, userId }, select: orderSelect });
  return row ? toOrderDto(row) : null;
}
