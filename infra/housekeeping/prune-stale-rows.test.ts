// The pruning job against the real database: exactly the expired and abandoned rows go, the rest stays.
import { describe, expect, it } from "vitest";
import { ANONYMOUS_CART_DAYS, RECENTLY_VIEWED_DAYS, USED_UPLOAD_TOKEN_HOURS, retentionCutoffs } from "../../core/retention/retention-rules";
import { makeCategory, makePet, makeUser, uid } from "../../tests/db-fixtures";
import { prisma } from "../db/prisma-client";
import { pruneStaleRows } from "./prune-stale-rows";

const DAY = 24 * 60 * 60 * 1000;

describe("retention rules", () => {
  it("cut-offs are the configured ages before now", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const cut = retentionCutoffs(now);
    expect(cut.sessionsExpiredBefore).toEqual(now);
    expect(now.getTime() - cut.anonymousCartsUpdatedBefore.getTime()).toBe(ANONYMOUS_CART_DAYS * DAY);
    expect(now.getTime() - cut.recentlyViewedBefore.getTime()).toBe(RECENTLY_VIEWED_DAYS * DAY);
    expect(now.getTime() - cut.usedUploadTokensBefore.getTime()).toBe(USED_UPLOAD_TOKEN_HOURS * 60 * 60 * 1000);
  });
});

describe("pruneStaleRows", () => {
  it("deletes exactly the expired sessions, abandoned anonymous carts, old recently-viewed rows and used tokens", async () => {
    // Far in the future, so rows other tests left in this database are all "old" too: count only ours.
    const now = new Date(Date.now() + 400 * DAY);
    const userId = await makeUser();
    const pet = await makePet(await makeCategory());
    const tag = uid();

    const expired = await prisma.session.create({ data: { idHash: `exp-${tag}`, userId, expiresAt: new Date(now.getTime() - 1000) } });
    const live = await prisma.session.create({ data: { idHash: `live-${tag}`, userId, expiresAt: new Date(now.getTime() + DAY) } });

    const oldAnon = await prisma.cart.create({ data: { ownerKey: `s:old-${tag}`, items: { create: [{ petId: pet.id, quantity: 1 }] } } });
    const freshAnon = await prisma.cart.create({ data: { ownerKey: `s:fresh-${tag}` } });
    const userCart = await prisma.cart.create({ data: { ownerKey: `u:${userId}` } });
    // An explicit updatedAt wins over @updatedAt: that is how the carts get their ages.
    const age = (days: number) => now.getTime() - days * DAY;
    await prisma.cart.updateMany({
      where: { id: { in: [oldAnon.id, userCart.id] } },
      data: { updatedAt: new Date(age(ANONYMOUS_CART_DAYS + 1)) },
    });
    await prisma.cart.update({ where: { id: freshAnon.id }, data: { updatedAt: new Date(age(1)) } });

    await prisma.recentlyViewed.create({
      data: { ownerKey: `u:old-${tag}`, petId: pet.id, viewedAt: new Date(age(RECENTLY_VIEWED_DAYS + 1)) },
    });
    await prisma.recentlyViewed.create({ data: { ownerKey: `u:new-${tag}`, petId: pet.id, viewedAt: new Date(age(1)) } });

    const oldToken = crypto.randomUUID();
    const newToken = crypto.randomUUID();
    await prisma.usedUploadToken.create({
      data: { jti: oldToken, imageId: crypto.randomUUID(), usedAt: new Date(now.getTime() - (USED_UPLOAD_TOKEN_HOURS + 1) * 3600_000) },
    });
    await prisma.usedUploadToken.create({
      data: { jti: newToken, imageId: crypto.randomUUID(), usedAt: new Date(now.getTime() - 60_000) },
    });

    const counts = await pruneStaleRows(now);
    expect(counts.sessions).toBeGreaterThanOrEqual(1);

    expect(await prisma.session.findUnique({ where: { idHash: expired.idHash } })).toBeNull();
    expect(await prisma.session.findUnique({ where: { idHash: live.idHash } })).not.toBeNull();
    expect(await prisma.cart.findUnique({ where: { id: oldAnon.id } })).toBeNull();
    expect(await prisma.cartItem.count({ where: { cartId: oldAnon.id } })).toBe(0);
    expect(await prisma.cart.findUnique({ where: { id: freshAnon.id } })).not.toBeNull();
    expect(await prisma.cart.findUnique({ where: { id: userCart.id } }), "a user's cart is never pruned").not.toBeNull();
    expect(await prisma.recentlyViewed.count({ where: { ownerKey: `u:old-${tag}` } })).toBe(0);
    expect(await prisma.recentlyViewed.count({ where: { ownerKey: `u:new-${tag}` } })).toBe(1);
    expect(await prisma.usedUploadToken.findUnique({ where: { jti: oldToken } })).toBeNull();
    expect(await prisma.usedUploadToken.findUnique({ where: { jti: newToken } })).not.toBeNull();
  });
});
