import "server-only";
// Claims one due job with a lease, by a conditional UPDATE: of two consumers (two processes, or two loops in
// one) reading the same candidate, only the one whose UPDATE still matches "queued and due" or "running with
// an expired lease" gets it. An expired lease means its holder died mid-job (kill -9): the job resumes.
import type { PrismaClient } from "@prisma/client";

export type ClaimedJob = { id: number; imageId: string; attempts: number };

export async function claimImageJob(prisma: PrismaClient, leaseMs: number, now = new Date()): Promise<ClaimedJob | null> {
  const due = {
    OR: [
      { status: "queued", runAfter: { lte: now } },
      { status: "running", leaseUntil: { lt: now } },
    ],
  };
  // A few candidates, in case another consumer wins the first.
  const candidates = await prisma.imageJob.findMany({
    where: due,
    orderBy: { runAfter: "asc" },
    take: 3,
    select: { id: true, imageId: true, attempts: true },
  });
  for (const { id, imageId, attempts } of candidates) {
    // Matches only if the row is still as read (due, with the attempts we saw): then the job is ours and its
    // attempts are ours plus one, with no read back. Anyone else's claim in between bumped attempts or the lease.
    const { count } = await prisma.imageJob.updateMany({
      where: { id, attempts, ...due },
      data: { status: "running", leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (count === 1) return { id, imageId, attempts: attempts + 1 };
  }
  return null;
}
