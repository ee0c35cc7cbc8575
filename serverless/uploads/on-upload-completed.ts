import "server-only";
// The "upload completed" event of object storage (Vercel Blob's onUploadCompleted; the local adapter calls it
// after the PUT is stored). It runs after the object is committed, and it is the only thing that starts the
// pipeline: the recursive-trigger guard lets only uploads/<id>/original through, so the thumbnails and index
// the pipeline writes can never start another run (unless the lab bench's switch says so: store-thumbnails-step.ts).
import { start } from "workflow/api";
import { createImageUpload } from "../../infra/images/create-image-upload";
import { prisma } from "../../infra/db/prisma-client";
import type { NewPetDraft } from "../../core/images/image-rules";
import { activeFault } from "../../infra/faults/fault-state";
import { admitLoopRun } from "../../infra/faults/recursive-trigger-breaker";
import { imageIdFromUploadKey } from "../pipeline/image-id-from-upload-key";
import { processImageWorkflow } from "../pipeline/process-image-workflow";

export type UploadCompleted = { key: string; draft: NewPetDraft };

/** Starts a run for an uploaded original; returns its id, or null when the key is not one that starts runs. */
export async function onUploadCompleted(event: UploadCompleted): Promise<{ imageId: string; runId: string } | null> {
  const imageId = imageIdFromUploadKey(event.key);
  if (!imageId) return null;
  // A repeated event (a retried webhook, a replayed PUT) must not start a second run for the same image: the
  // upload row's primary key is the image id, so the second insert fails and starts nothing (no read first).
  try {
    await createImageUpload({ imageId, via: "serverless", draft: event.draft, originalKey: event.key });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") return null;
    throw e;
  }
  // With the recursive-trigger switch on, the upload's own run is the loop's first run.
  const loop = activeFault("recursive-trigger");
  if (loop) admitLoopRun(imageId, loop.maxRuns);
  const run = await start(processImageWorkflow, [imageId]);
  await prisma.imageUpload.update({ where: { id: imageId }, data: { runId: run.runId } });
  return { imageId, runId: run.runId };
}
