import "server-only";
// ARCH: the monolith keeps a logged-in user's "recently viewed" on the server; an anonymous visitor's lives in a
// cookie (recently-viewed-cookie.ts), so a plain page view never creates a row for a session nobody logged into.
import { prisma } from "../../infra/db/prisma-client";

const KEEP = 12;

export async function recordRecentlyViewed(ownerKey: string | undefined, petId: number): Promise<void> {
  if (!ownerKey?.startsWith("u:")) return;
  await prisma.recentlyViewed.upsert({
    where: { ownerKey_petId: { ownerKey, petId } },
    create: { ownerKey, petId },
    update: { viewedAt: new Date() },
  });
  // Keep the list short so it never grows without bound.
  const stale = await prisma.recentlyViewed.findMany({
    where: { ownerKey },
    orderBy: { viewedAt: "desc" },
    skip: KEEP,
    select: { petId: true },
  });
  if (stale.length > 0) await prisma.recentlyViewed.deleteMany({ where: { ownerKey, petId: { in: stale.map((s) => s.petId) } } });
}
