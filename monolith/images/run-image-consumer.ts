import "server-only";
// ARCH: the monolith's image consumer — a long-running loop inside the web server process that polls the
// ImageJob table. The serverless store has no long-running process: a workflow run per upload does the same.
//
// - `concurrency` loops claim jobs with a lease (claim-image-job.ts); a heartbeat extends the lease while a
//   photo is processed, so only a crashed holder's lease ever expires, and then another claim resumes the job.
// - A failure is retried with exponential backoff (core retryDelayMs); a bad photo (permanent) or the last
//   allowed attempt ends in the dead-letter state "dead" with the reason, and the stored files are discarded
//   unless a pet was already created from them.
// - stop() stops claiming and waits for the photos in flight, so SIGTERM never leaves a half-done job behind
//   (kill -9 does, and the lease covers that).
import type { PrismaClient } from "@prisma/client";
import { MAX_STEP_ATTEMPTS, retryDelayMs, type OutageRetryPolicy } from "../../core/images/image-rules";
import { prisma as defaultPrisma } from "../../infra/db/prisma-client";
import { activeFault } from "../../infra/faults/fault-state";
import { discardImageUpload } from "../../infra/images/discard-image-upload";
import { recordStorageOutageWait } from "../../infra/images/record-storage-outage-wait";
import { recordImageUploadStatus } from "../../infra/images/record-image-upload-status";
import { claimImageJob, type ClaimedJob } from "./claim-image-job";
import { ImageStepError, defaultPipelineSteps, processImageJob, type PipelineSteps } from "./process-image-job";
import { withLensSpan } from "../../lens/server/with-lens-span";

export type ImageConsumerOptions = {
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  /** Waiting for object storage while it is down; by default from the environment (STORAGE_OUTAGE_*). */
  outagePolicy?: OutageRetryPolicy;
  prisma?: PrismaClient;
  steps?: () => PipelineSteps;
  log?: (message: string) => void;
};

export type ImageConsumer = { wake(): void; stop(): Promise<void> };

export function runImageConsumer(options: ImageConsumerOptions = {}): ImageConsumer {
  const {
    concurrency = 2,
    leaseMs = 15_000,
    pollMs = 1_000,
    maxAttempts = MAX_STEP_ATTEMPTS,
    backoffBaseMs = 1_000,
    outagePolicy,
    prisma = defaultPrisma,
    steps = defaultPipelineSteps,
    log = (m: string) => console.log(`[image consumer] ${m}`),
  } = options;
  let stopped = false;
  const sleepers = new Set<() => void>();
  // A wake that came while no loop was asleep (a loop was between its claim's read and its sleep): the next
  // sleep returns at once and that loop claims again, instead of leaving the new photo for a whole poll interval.
  let wakePending = false;

  const wake = () => {
    wakePending = true;
    for (const resolve of sleepers) resolve();
    sleepers.clear();
  };
  const sleep = (ms: number): Promise<void> => {
    if (wakePending) {
      wakePending = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      }
      sleepers.add(done);
    });
  };

  async function settle(job: ClaimedJob, error: unknown): Promise<void> {
    const permanent = error instanceof ImageStepError && error.permanent;
    let reason = error instanceof Error ? error.message : String(error);
    // Storage down: the job waits for it (bounded exponential backoff, STORAGE_OUTAGE_MAX_WAIT_MS in all, the
    // same rule as the serverless steps) and the claim is given back: a wait is not an attempt.
    if (error instanceof ImageStepError && error.storageDown) {
      const wait = await recordStorageOutageWait(job.imageId, error.step, outagePolicy);
      if (wait.wait) {
        await prisma.imageJob.update({
          where: { id: job.id },
          data: {
            status: "queued",
            leaseUntil: null,
            attempts: { decrement: 1 },
            lastError: wait.message,
            runAfter: new Date(Date.now() + wait.retryInMs),
          },
        });
        log(`${job.imageId}: storage is down; waiting ${wait.retryInMs} ms`);
        return;
      }
      reason = wait.reason;
    } else if (!permanent && job.attempts < maxAttempts) {
      const delay = retryDelayMs(job.attempts, backoffBaseMs);
      await prisma.imageJob.update({
        where: { id: job.id },
        data: { status: "queued", leaseUntil: null, lastError: reason, runAfter: new Date(Date.now() + delay) },
      });
      log(`${job.imageId}: attempt ${job.attempts} failed (${reason}); retrying in ${delay} ms`);
      return;
    }
    // Clean up first, then mark: a job seen as dead has nothing left behind.
    const upload = await prisma.imageUpload.findUnique({ where: { id: job.imageId }, select: { petId: true } });
    if (!upload?.petId) await discardImageUpload(steps().storage, job.imageId);
    await recordImageUploadStatus(job.imageId, "failed", reason);
    // Dead letter: kept with its reason for the admin page; never picked up again.
    await prisma.imageJob.update({ where: { id: job.id }, data: { status: "dead", leaseUntil: null, lastError: reason } });
    log(`${job.imageId}: dead after ${job.attempts} attempt(s): ${reason}`);
  }

  async function runOne(job: ClaimedJob): Promise<void> {
    // Keep the lease while working; a lost heartbeat only means another consumer may repeat idempotent steps.
    const heartbeat = setInterval(
      () => {
        void prisma.imageJob
          .updateMany({ where: { id: job.id, status: "running" }, data: { leaseUntil: new Date(Date.now() + leaseMs) } })
          .catch(() => undefined);
      },
      Math.max(100, Math.floor(leaseMs / 3)),
    );
    try {
      // One "consumer" trace per job in the architecture lens (its queries and storage calls hang under it).
      await withLensSpan(
        "consumer image job",
        { component: "consumer", mode: "monolith", attributes: { "image.id": job.imageId, "job.attempt": job.attempts } },
        () => processImageJob(job.imageId, steps()),
      );
      await prisma.imageJob.update({ where: { id: job.id }, data: { status: "done", leaseUntil: null, lastError: null } });
    } catch (e) {
      await settle(job, e);
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function loop(): Promise<void> {
    while (!stopped) {
      // The lab bench's "consumer down" switch: the consumer claims nothing; its backlog grows and drains when it is back.
      if (activeFault("consumer-down")) {
        await sleep(pollMs);
        continue;
      }
      let job: ClaimedJob | null = null;
      // Cleared before the claim reads: a wake from here on is for a job this read may not see yet.
      wakePending = false;
      try {
        job = await claimImageJob(prisma, leaseMs);
      } catch (e) {
        // The database may be briefly unavailable (or not migrated yet at start-up): try again later.
        log(`claim failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (job) await runOne(job).catch((e) => log(`job ${job.imageId} bookkeeping failed: ${String(e)}`));
      else await sleep(pollMs);
    }
  }

  const loops = Array.from({ length: concurrency }, () => loop());
  return {
    wake,
    async stop() {
      stopped = true;
      wake();
      await Promise.allSettled(loops);
    },
  };
}
