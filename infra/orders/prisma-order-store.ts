// The order store adapter: each line's stock is claimed with one conditional UPDATE inside one transaction, so
// concurrent buyers can never take stock below zero, and a failed line rolls back the whole order.
import { Prisma } from "@prisma/client";
import { refuseUnclaimedLine, type ClaimedPet } from "../../core/orders/price-order";
import type { OrderStorePort } from "../../core/orders/order-store-port";
import { prisma } from "../db/prisma-client";
import { retryBusy } from "../db/retry-busy";
import { noteCatalogChanged } from "../catalog/catalog-changes";

/** The unique (userId, idempotencyKey) said no: this key already has an order. */
class KeyAlreadyUsed extends Error {}

export const prismaOrderStore: OrderStorePort = {
  async findOrderByKey(userId, idempotencyKey) {
    const o = await prisma.order.findUnique({
      where: { userId_idempotencyKey: { userId, idempotencyKey } },
      select: { id: true, totalCents: true },
    });
    return o ? { orderId: o.id, totalCents: o.totalCents } : null;
  },

  async commitOrder({ userId, idempotencyKey, placedVia, items, price }) {
    try {
      // The whole transaction is tried again when SQLite is busy: a busy statement changed nothing and the
      // transaction it was in is rolled back, so the next try starts clean.
      const order = await retryBusy(() =>
        prisma.$transaction(async (tx) => {
          const claimed: ClaimedPet[] = [];
          const now = new Date();
          for (const item of items) {
            // One statement per line: take the stock if there is enough, and hand back what pricing needs.
            // updatedAt is set as Prisma's @updatedAt would (the search index's freshness check reads it).
            const rows = await tx.$queryRaw<{ id: number | bigint; name: string; priceCents: number | bigint }[]>`
              UPDATE "Pet" SET "stock" = "stock" - ${item.quantity}, "updatedAt" = ${now}
              WHERE "id" = ${item.petId} AND "stock" >= ${item.quantity}
              RETURNING "id", "name", "priceCents"`;
            const row = rows[0];
            if (!row) {
              // Only on this failure path: read the pet to say why (not in the store, or too few left).
              const pet = await tx.pet.findUnique({ where: { id: item.petId }, select: { name: true, stock: true } });
              refuseUnclaimedLine(item, pet);
            }
            claimed.push({ id: Number(row.id), name: row.name, priceCents: Number(row.priceCents) });
          }
          const priced = price(claimed);
          const created = await tx.order
            .create({ data: { userId, idempotencyKey, placedVia, totalCents: priced.totalCents }, select: { id: true, totalCents: true } })
            .catch((e: unknown) => {
              // The unique index is the idempotency check: the insert fails, and the stock taken above is rolled back.
              if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new KeyAlreadyUsed();
              throw e;
            });
          await tx.orderLine.createMany({ data: priced.lines.map((l) => ({ orderId: created.id, ...l })) });
          return created;
        }),
      );
      noteCatalogChanged(); // stock changed: catalog caches must not show the old count
      return { orderId: order.id, totalCents: order.totalCents, replayed: false };
    } catch (e) {
      if (e instanceof KeyAlreadyUsed) {
        const existing = await prismaOrderStore.findOrderByKey(userId, idempotencyKey);
        if (existing) return { ...existing, replayed: true };
      }
      throw e;
    }
  },
};
