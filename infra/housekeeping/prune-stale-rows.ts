import "server-only";
// Deletes what a busy classroom leaves behind, by the rules in core/retention: expired sessions, anonymous carts
// nobody touched for weeks, old "recently viewed" rows and used upload tokens long past their life. Started with
// the server (instrumentation.ts) and run every PRUNE_INTERVAL_MS; each delete is one statement, safe to run
// from two processes at once.
import type { PrismaClient } from "@prisma/client";
import { ANONYMOUS_OWNER_PREFIX, PRUNE_INTERVAL_MS, retentionCutoffs } from "../../core/retention/retention-rules";
import { prisma as defaultPrisma } from "../db/prisma-client";

export type PruneCounts = { sessions: number; anonymousCarts: number; recentlyViewed: number; usedUploadTokens: number };

export async function pruneStaleRows(now: Date = new Date(), prisma: PrismaClient = defaultPrisma): Promise<PruneCounts> {
  const cut = retentionCutoffs(now);
  const sessions = await prisma.session.deleteMany({ where: { expiresAt: { lt: cut.sessionsExpiredBefore } } });
  // Cart items go with their cart (onDelete: Cascade).
  const anonymousCarts = await prisma.cart.deleteMany({
    where: { ownerKey: { startsWith: ANONYMOUS_OWNER_PREFIX }, updatedAt: { lt: cut.anonymousCartsUpdatedBefore } },
  });
  const recentlyViewed = await prisma.recentlyViewed.deleteMany({ where: { viewedAt: { lt: cut.recentlyViewedBefore } } });
  const usedUploadTokens = await prisma.usedUploadToken.deleteMany({ where: { usedAt: { lt: cut.usedUploadTokensBefore } } });
  return {
    sessions: sessions.count,
    anonymousCarts: anonymousCarts.count,
    recentlyViewed: recentlyViewed.count,
    usedUploadTokens: usedUploadTokens.count,
  };
}

const holder = globalThis as unknown as { __pruneTimer?: ReturnType<typeof setInterval> };

/** Once per process: a first run soon after start, then every PRUNE_INTERVAL_MS. Never keeps the process alive. */
export function startPruning(log: (message: string) => void = (m) => console.log(`[housekeeping] ${m}`)): void {
  if (holder.__pruneTimer) return;
  const run = () =>
    void pruneStaleRows()
      .then((c) => {
        const total = c.sessions + c.anonymousCarts + c.recentlyViewed + c.usedUploadTokens;
        if (total > 0)
          log(
            `pruned ${c.sessions} expired session(s), ${c.anonymousCarts} abandoned cart(s), ${c.recentlyViewed} old recently-viewed row(s), ${c.usedUploadTokens} used upload token(s)`,
          );
      })
      // The database may be briefly unavailable (or not migrated yet at start-up): the next run tries again.
      .catch((e: unknown) => log(`pruning failed: ${e instanceof Error ? e.message : String(e)}`));
  setTimeout(run, 30_000).unref();
  holder.__pruneTimer = setInterval(run, PRUNE_INTERVAL_MS);
  holder.__pruneTimer.unref();
}
