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
  const candidates = await prisma.imageJob.findMany({ where: due, orderBy: { runAfter: "asc" }, take: 3, select: { id: true } });
  for (const { id } of candidates) {
    const { count } = await prisma.imageJob.updateMany({
      where: { id, ...due },
      data: { status: "running", leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (count === 1) {
      const job = await prisma.imageJob.findUniqueOrThrow({ where: { id }, select: { id: true, imageId: true, attempts: true } });
      return job;
    }
  }
  return null;
}
