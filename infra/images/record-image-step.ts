import "server-only";
// Step bookkeeping for GET /api/images/{id}: each step's status, attempts, timings and last error.
// "running" counts an attempt and stamps the start; "done"/"failed" stamp the end. Upserts, so it also works
// for an image whose step rows were never created (and repeating an event is harmless).
// imageStepWrite returns the write unsent, so a caller can send several in one batch (recordImageWrites): one
// commit instead of one per row, e.g. "step 1 done" with "step 2 running".
import type { PipelineStep, StepStatus } from "../../core/images/image-rules";
import { prisma } from "../db/prisma-client";

export function imageStepWrite(imageId: string, step: PipelineStep, status: StepStatus, error?: string) {
  const now = new Date();
  const where = { imageId_step: { imageId, step } };
  if (status === "running") {
    return prisma.imageStep.upsert({
      where,
      create: { imageId, step, status, attempts: 1, startedAt: now },
      update: { status, attempts: { increment: 1 }, startedAt: now, finishedAt: null, error: null },
    });
  }
  const finishedAt = status === "queued" ? null : now;
  return prisma.imageStep.upsert({
    where,
    create: { imageId, step, status, finishedAt, error: error ?? null },
    update: { status, finishedAt, error: error ?? null },
  });
}

export async function recordImageStep(imageId: string, step: PipelineStep, status: StepStatus, error?: string): Promise<void> {
  await imageStepWrite(imageId, step, status, error);
}

/** Several bookkeeping writes in one batch (one transaction, one commit). */
export async function recordImageWrites(writes: ReturnType<typeof imageStepWrite | typeof imageUploadStatusWrite>[]): Promise<void> {
  await prisma.$transaction(writes);
}

/** The upload's overall status as an unsent write (record-image-upload-status.ts sends one on its own). */
export function imageUploadStatusWrite(imageId: string, status: StepStatus, error?: string | null) {
  return prisma.imageUpload.updateMany({ where: { id: imageId }, data: { status, error: error ?? null } });
}
