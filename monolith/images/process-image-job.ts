import "server-only";
// ARCH: the monolith runs every step of one photo in one loop, in the web server's process — thumbnail →
// store → metadata → index — passing the thumbnails in memory. The serverless store runs the same step
// functions (infra/images) as separate durable functions, each retried on its own.
// A retry re-runs the loop from the top: every step is idempotent and keyed by the image id, so steps that had
// already finished change nothing the second time.
import { AppError, isAppError } from "../../core/errors/app-error";
import { isPermanentImageError, originalKey, type PipelineStep } from "../../core/images/image-rules";
import type { StoragePort } from "../../core/images/storage-port";
import { prisma } from "../../infra/db/prisma-client";
import { makeThumbnails } from "../../infra/images/make-thumbnails";
import { imageStepWrite, imageUploadStatusWrite, recordImageStep, recordImageWrites } from "../../infra/images/record-image-step";
import { takeHandedOffOriginal } from "./original-hand-off";
import { storeThumbnails } from "../../infra/images/store-thumbnails";
import { writeImageMetadata } from "../../infra/images/write-image-metadata";
import { loadSearchDocument } from "../../infra/search/load-search-document";
import { getStorage, isStorageUnavailable } from "../../infra/storage/get-storage";
import { indexSearchPet } from "../search/search-catalog";

/** The step functions, injectable so tests can make one fail or count calls. */
export type PipelineSteps = {
  storage: StoragePort;
  makeThumbnails: typeof makeThumbnails;
  storeThumbnails: typeof storeThumbnails;
  writeImageMetadata: typeof writeImageMetadata;
  indexPet: (petId: number) => Promise<void>;
};

export function defaultPipelineSteps(): PipelineSteps {
  return {
    storage: getStorage(),
    makeThumbnails,
    storeThumbnails,
    writeImageMetadata,
    indexPet: async (petId) => {
      const doc = await loadSearchDocument(petId);
      if (!doc) throw AppError.of("not_found", "image.petRemoved");
      await indexSearchPet(doc);
    },
  };
}

/** A step that failed: `permanent` when retrying cannot help (the photo itself is bad). */
export class ImageStepError extends Error {
  constructor(
    readonly step: PipelineStep,
    message: string,
    readonly permanent: boolean,
    /** Object storage was down: the job waits for it instead of using up an attempt. */
    readonly storageDown = false,
  ) {
    super(message);
    this.name = "ImageStepError";
  }
}

/**
 * One step's work. Its "running" row is written by the caller together with the write before it (one commit for
 * "the previous step done" and "this step running"); a failure records itself here.
 */
async function attempt<T>(imageId: string, step: PipelineStep, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    // A person's reason for bad input; a generic one (details in the server log) for our own failures.
    const permanent = isPermanentImageError(e);
    const message = isAppError(e) ? e.message : e instanceof Error ? e.message : String(e);
    // Storage down: not a failure of the step; the consumer records the wait (run-image-consumer.ts).
    if (isStorageUnavailable(e)) throw new ImageStepError(step, message, false, true);
    if (!isAppError(e)) console.error(`[image consumer] ${step} failed for ${imageId}:`, e);
    await recordImageStep(imageId, step, "failed", message);
    throw new ImageStepError(step, message, permanent);
  }
}

export async function processImageJob(imageId: string, steps: PipelineSteps = defaultPipelineSteps()): Promise<{ petId: number }> {
  // Done already (a job delivered twice): its original is gone, and nothing is left to do.
  const upload = await prisma.imageUpload.findUnique({ where: { id: imageId }, select: { status: true, petId: true } });
  if (upload?.status === "done" && upload.petId !== null) return { petId: upload.petId };
  // Bookkeeping goes in batches: each step's "done" shares a commit with the next step's "running".
  await recordImageWrites([imageUploadStatusWrite(imageId, "running"), imageStepWrite(imageId, "thumbnail", "running")]);
  const set = await attempt(imageId, "thumbnail", async () => {
    // The bytes the form post just received, when this process still has them; else (after a restart) storage.
    const original = takeHandedOffOriginal(imageId) ?? (await steps.storage.get(originalKey(imageId)))?.body;
    if (!original) throw AppError.of("not_found", "image.originalMissing");
    return steps.makeThumbnails(original);
  });
  await recordImageWrites([imageStepWrite(imageId, "thumbnail", "done"), imageStepWrite(imageId, "store", "running")]);
  const keys = await attempt(imageId, "store", () => steps.storeThumbnails(steps.storage, imageId, set.thumbnails));
  await recordImageWrites([imageStepWrite(imageId, "store", "done"), imageStepWrite(imageId, "metadata", "running")]);
  const { petId } = await attempt(imageId, "metadata", () =>
    steps.writeImageMetadata({ imageId, width: set.width, height: set.height, keys }),
  );
  await recordImageWrites([imageStepWrite(imageId, "metadata", "done"), imageStepWrite(imageId, "index", "running")]);
  await attempt(imageId, "index", () => steps.indexPet(petId));
  await recordImageWrites([imageStepWrite(imageId, "index", "done"), imageUploadStatusWrite(imageId, "done")]);
  await deleteOriginal(steps.storage, imageId);
  return { petId };
}

/**
 * The original is the photo exactly as sent (EXIF, GPS): once the thumbnails (metadata stripped) exist, nothing
 * needs it, so it is deleted rather than kept. A failed delete only leaves a private object behind.
 */
export async function deleteOriginal(storage: StoragePort, imageId: string): Promise<void> {
  await storage
    .delete(originalKey(imageId))
    .catch((e: unknown) => console.error(`[image pipeline] could not delete the original of ${imageId}:`, e));
}
