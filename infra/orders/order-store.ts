// The order store adapter: each line's stock is claimed with one conditional UPDATE inside one transaction, so
// concurrent buyers can never take stock below zero, and a failed line rolls back the whole order.
//
// The transaction runs on the process's own libSQL client (infra/db/sql-client.ts), not through Prisma: its
// statements go back to back, with no other request's work between them, so the write lock is held for the
// time the statements take and no longer, and Prisma's process-wide lock is not held at all (decision 024).
// Reads (the replay lookup) stay on Prisma.
import type { InValue } from "@libsql/client";
import { refuseUnclaimedLine, type ClaimedPet, type PricedOrder } from "../../core/orders/price-order";
import type { OrderStorePort } from "../../core/orders/order-store-port";
import { prisma } from "../db/prisma-client";
import { sqlTimestamp, sqlWriteTransaction, type SqlTransaction } from "../db/sql-client";
import { noteCatalogChanged } from "../catalog/catalog-changes";

/** The unique (userId, idempotencyKey) said no: this key already has an order. */
class KeyAlreadyUsed extends Error {}

const isUniqueViolation = (e: unknown) => e instanceof Error && /UNIQUE constraint failed/i.test(e.message);

type CommitInput = Parameters<OrderStorePort["commitOrder"]>[0];

async function claimLine(tx: SqlTransaction, item: { petId: number; quantity: number }, now: string): Promise<ClaimedPet> {
  // One statement per line: take the stock if there is enough, and hand back what pricing needs. updatedAt is
  // set as Prisma's @updatedAt would (the search index's freshness check reads it).
  const claimed = await tx.execute({
    sql: `UPDATE "Pet" SET "stock" = "stock" - ?, "updatedAt" = ? WHERE "id" = ? AND "stock" >= ? RETURNING "id", "name", "priceCents"`,
    args: [item.quantity, now, item.petId, item.quantity],
  });
  const row = claimed.rows[0];
  if (!row) {
    // Only on this failure path: read the pet to say why (not in the store, or too few left).
    const pet = (await tx.execute({ sql: `SELECT "name", "stock" FROM "Pet" WHERE "id" = ?`, args: [item.petId] })).rows[0];
    refuseUnclaimedLine(item, pet ? { name: String(pet.name), stock: Number(pet.stock) } : null);
  }
  return { id: Number(row!.id), name: String(row!.name), priceCents: Number(row!.priceCents) };
}

async function insertOrder(tx: SqlTransaction, input: CommitInput, priced: PricedOrder, now: string) {
  const inserted = await tx
    .execute({
      sql: `INSERT INTO "Order" ("userId", "idempotencyKey", "placedVia", "totalCents", "status", "createdAt") VALUES (?, ?, ?, ?, 'placed', ?) RETURNING "id", "totalCents"`,
      args: [input.userId, input.idempotencyKey, input.placedVia, priced.totalCents, now],
    })
    .catch((e: unknown) => {
      // The unique index is the idempotency check: the insert fails, and the stock taken above is rolled back.
      throw isUniqueViolation(e) ? new KeyAlreadyUsed() : e;
    });
  const orderId = Number(inserted.rows[0]!.id);
  const args: InValue[] = [];
  for (const l of priced.lines) args.push(orderId, l.petId, l.petName, l.unitPriceCents, l.quantity);
  await tx.execute({
    sql: `INSERT INTO "OrderLine" ("orderId", "petId", "petName", "unitPriceCents", "quantity") VALUES ${priced.lines.map(() => "(?, ?, ?, ?, ?)").join(", ")}`,
    args,
  });
  return { id: orderId, totalCents: Number(inserted.rows[0]!.totalCents) };
}

/**
 * The claims, the order and its lines, in one write transaction (anything thrown rolls it all back; a busy
 * database retries it whole), shown in the lens as the database span `db Order.commit`.
 */
function commit(input: CommitInput) {
  return sqlWriteTransaction("Order.commit", async (tx) => {
    const now = sqlTimestamp(new Date());
    const claimed: ClaimedPet[] = [];
    for (const item of input.items) claimed.push(await claimLine(tx, item, now));
    return insertOrder(tx, input, input.price(claimed), now);
  });
}

export const orderStore: OrderStorePort = {
  async findOrderByKey(userId, idempotencyKey) {
    const o = await prisma.order.findUnique({
      where: { userId_idempotencyKey: { userId, idempotencyKey } },
      select: { id: true, totalCents: true },
    });
    return o ? { orderId: o.id, totalCents: o.totalCents } : null;
  },

  async commitOrder(input) {
    try {
      const order = await commit(input);
      noteCatalogChanged(); // stock changed: catalog caches must not show the old count
      return { orderId: order.id, totalCents: order.totalCents, replayed: false };
    } catch (e) {
      if (e instanceof KeyAlreadyUsed) {
        const existing = await orderStore.findOrderByKey(input.userId, input.idempotencyKey);
        if (existing) return { ...existing, replayed: true };
      }
      throw e;
    }
  },
};
