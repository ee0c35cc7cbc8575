import "server-only";
// Step bookkeeping for GET /api/images/{id}: each step's status, attempts, timings and last error.
// "running" counts an attempt and stamps the start; "done"/"failed" stamp the end. Upserts, so it also works
// for an image whose step rows were never created (and repeating an event is harmless).
import type { PipelineStep, StepStatus } from "../../core/images/image-rules";
import { prisma } from "../db/prisma-client";

export async function recordImageStep(imageId: string, step: PipelineStep, status: StepStatus, error?: string): Promise<void> {
  const now = new Date();
  const where = { imageId_step: { imageId, step } };
  if (status === "running") {
    await prisma.imageStep.upsert({
      where,
      create: { imageId, step, status, attempts: 1, startedAt: now },
      update: { status, attempts: { increment: 1 }, startedAt: now, finishedAt: null, error: null },
    });
    return;
  }
  const finishedAt = status === "queued" ? null : now;
  await prisma.imageStep.upsert({
    where,
    create: { imageId, step, status, finishedAt, error: error ?? null },
    update: { status, finishedAt, error: error ?? null },
  });
}
