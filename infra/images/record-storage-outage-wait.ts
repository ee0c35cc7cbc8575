import "server-only";
// Both pipelines, when a step finds object storage down: the step is marked "waiting" (with when it tries
// next, for the admin pages) instead of "failed", and the try is counted apart from its attempts, so an
// outage of minutes uses up no retries. The decision (wait how long, or give up) is the shared rule in
// core/images/image-rules.ts, with the timings from the environment.
import { env } from "../../core/config/env";
import { storageOutageDecision, type OutageRetryPolicy, type PipelineStep } from "../../core/images/image-rules";
import { prisma } from "../db/prisma-client";

export type OutageWait = ReturnType<typeof storageOutageDecision>;

export function storageOutagePolicy(): OutageRetryPolicy {
  const e = env();
  return { baseMs: e.STORAGE_OUTAGE_BACKOFF_MS, maxMs: e.STORAGE_OUTAGE_BACKOFF_MAX_MS, maxWaitMs: e.STORAGE_OUTAGE_MAX_WAIT_MS };
}

export async function recordStorageOutageWait(
  imageId: string,
  step: PipelineStep,
  policy: OutageRetryPolicy = storageOutagePolicy(),
  now: Date = new Date(),
): Promise<OutageWait> {
  const row = await prisma.imageStep.upsert({
    where: { imageId_step: { imageId, step } },
    create: { imageId, step, status: "waiting", outageRetries: 1, outageSince: now },
    update: { outageRetries: { increment: 1 } },
    select: { outageRetries: true, outageSince: true },
  });
  const waitingSince = row.outageSince ?? now;
  const decision = storageOutageDecision({ retry: row.outageRetries, waitingSince, now }, policy);
  await prisma.imageStep.update({
    where: { imageId_step: { imageId, step } },
    data: decision.wait
      ? { status: "waiting", outageSince: waitingSince, finishedAt: null, error: decision.message }
      : { status: "failed", outageSince: waitingSince, finishedAt: now, error: decision.reason },
  });
  return decision;
}

/** How many of the step's tries so far were waits for storage (they are not attempts). */
export async function storageOutageRetries(imageId: string, step: PipelineStep): Promise<number> {
  const row = await prisma.imageStep.findUnique({ where: { imageId_step: { imageId, step } }, select: { outageRetries: true } });
  return row?.outageRetries ?? 0;
}
