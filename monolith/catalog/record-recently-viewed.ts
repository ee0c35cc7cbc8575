import "server-only";
// ARCH: the monolith keeps "recently viewed" on the server, keyed by the session (or user once logged in).
import { prisma } from "../../infra/db/prisma-client";

const KEEP = 12;

export async function recordRecentlyViewed(ownerKey: string | undefined, petId: number): Promise<void> {
  if (!ownerKey) return;
  await prisma.recentlyViewed.upsert({
    where: { ownerKey_petId: { ownerKey, petId } },
    create: { ownerKey, petId },
    update: { viewedAt: new Date() },
  });
  // Keep the list short so it never grows without bound.
  const stale = await prisma.recentlyViewed.findMany({ where: { ownerKey }, orderBy: { viewedAt: "desc" }, skip: KEEP, select: { petId: true } });
  if (stale.length > 0) await prisma.recentlyViewed.deleteMany({ where: { ownerKey, petId: { in: stale.map((s) => s.petId) } } });
}
