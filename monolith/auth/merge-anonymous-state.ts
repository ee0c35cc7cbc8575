import "server-only";
// When a visitor logs in or registers, what they did anonymously (cart, recently viewed — owned by
// "s:<session hash>") moves to their account ("u:<user id>"), in one transaction so it never half-moves.
import type { Prisma } from "@prisma/client";

export async function mergeAnonymousState(tx: Prisma.TransactionClient, fromOwnerKey: string, toOwnerKey: string): Promise<void> {
  if (fromOwnerKey === toOwnerKey) return;
  await mergeCart(tx, fromOwnerKey, toOwnerKey);
  await mergeRecentlyViewed(tx, fromOwnerKey, toOwnerKey);
}

async function mergeCart(tx: Prisma.TransactionClient, from: string, to: string): Promise<void> {
  const anonymous = await tx.cart.findUnique({
    where: { ownerKey: from },
    select: { id: true, items: { select: { petId: true, quantity: true } } },
  });
  if (!anonymous) return;
  const target = await tx.cart.findUnique({
    where: { ownerKey: to },
    select: { id: true, items: { select: { petId: true, quantity: true } } },
  });
  if (!target) {
    // The account had no cart yet: the anonymous cart simply becomes the account's.
    await tx.cart.update({ where: { id: anonymous.id }, data: { ownerKey: to } });
    return;
  }
  const existing = new Map(target.items.map((i) => [i.petId, i.quantity]));
  for (const item of anonymous.items) {
    const had = existing.get(item.petId);
    if (had === undefined) {
      await tx.cartItem.create({ data: { cartId: target.id, petId: item.petId, quantity: item.quantity } });
    } else if (item.quantity > had) {
      // In both carts: keep the larger quantity (adding them up would surprise the shopper).
      await tx.cartItem.update({ where: { cartId_petId: { cartId: target.id, petId: item.petId } }, data: { quantity: item.quantity } });
    }
  }
  if (anonymous.items.length > 0) await tx.cart.update({ where: { id: target.id }, data: { updatedAt: new Date() } });
  await tx.cart.delete({ where: { id: anonymous.id } });
}

async function mergeRecentlyViewed(tx: Prisma.TransactionClient, from: string, to: string): Promise<void> {
  const anonymous = await tx.recentlyViewed.findMany({ where: { ownerKey: from }, select: { petId: true, viewedAt: true } });
  if (anonymous.length === 0) return;
  const existing = await tx.recentlyViewed.findMany({
    where: { ownerKey: to, petId: { in: anonymous.map((r) => r.petId) } },
    select: { petId: true, viewedAt: true },
  });
  const seen = new Map(existing.map((r) => [r.petId, r.viewedAt]));
  for (const row of anonymous) {
    const had = seen.get(row.petId);
    if (had === undefined) {
      await tx.recentlyViewed.create({ data: { ownerKey: to, petId: row.petId, viewedAt: row.viewedAt } });
    } else if (row.viewedAt > had) {
      await tx.recentlyViewed.update({ where: { ownerKey_petId: { ownerKey: to, petId: row.petId } }, data: { viewedAt: row.viewedAt } });
    }
  }
  await tx.recentlyViewed.deleteMany({ where: { ownerKey: from } });
}
