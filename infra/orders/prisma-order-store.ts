// The order store adapter: stock is decremented with a conditional UPDATE inside one transaction,
// so concurrent buyers can never take stock below zero, and a failed line rolls back the whole order.
import { Prisma } from "@prisma/client";
import { AppError } from "../../core/errors/app-error";
import type { OrderStorePort } from "../../core/orders/order-store-port";
import { prisma } from "../db/prisma-client";
import { noteCatalogChanged } from "../catalog/catalog-changes";

export const prismaOrderStore: OrderStorePort = {
  async findOrderByKey(userId, idempotencyKey) {
    const o = await prisma.order.findUnique({
      where: { userId_idempotencyKey: { userId, idempotencyKey } },
      select: { id: true, totalCents: true },
    });
    return o ? { orderId: o.id, totalCents: o.totalCents } : null;
  },

  async loadPetsForPricing(petIds) {
    return prisma.pet.findMany({ where: { id: { in: petIds } }, select: { id: true, name: true, priceCents: true, stock: true } });
  },

  async commitOrder({ userId, idempotencyKey, placedVia, priced }) {
    try {
      const order = await prisma.$transaction(async (tx) => {
        for (const line of priced.lines) {
          const updated = await tx.pet.updateMany({
            where: { id: line.petId, stock: { gte: line.quantity } },
            data: { stock: { decrement: line.quantity } },
          });
          if (updated.count !== 1) {
            throw new AppError("out_of_stock", `Sorry, ${line.petName} just sold out (or has fewer left than you asked for).`, {
              petId: line.petId,
            });
          }
        }
        return tx.order.create({
          data: {
            userId,
            idempotencyKey,
            placedVia,
            totalCents: priced.totalCents,
            lines: {
              create: priced.lines.map((l) => ({
                petId: l.petId,
                petName: l.petName,
                unitPriceCents: l.unitPriceCents,
                quantity: l.quantity,
              })),
            },
          },
          select: { id: true, totalCents: true },
        });
      });
      noteCatalogChanged(); // stock changed: catalog caches must not show the old count
      return { orderId: order.id, totalCents: order.totalCents, replayed: false };
    } catch (e) {
      // Two identical requests raced past the lookup: the unique (userId, key) lets one win; return its order.
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
        const existing = await prisma.order.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } } });
        if (existing) return { orderId: existing.id, totalCents: existing.totalCents, replayed: true };
      }
      throw e;
    }
  },
};
