// The image pipeline's step names, statuses, attempts, storage keys and thumbnail sizes: the part of the rules
// (image-rules.ts re-exports it) that the serverless workflow's own code needs. Kept free of zod and of every
// other import on purpose: the Workflow SDK evaluates the workflow bundle (process-image-workflow.ts and the step
// files' module-level code) afresh in a sandbox on every replay, several times per photo, so whatever this file
// pulled in would be parsed and run again each time.

/** Thumbnail widths in px (the longest side is fitted into a square of this size, never enlarged). */
export const THUMBNAIL_SIZES = [160, 480, 960] as const;
export type ThumbnailSize = (typeof THUMBNAIL_SIZES)[number];

/** Where the uploaded original lives. Only this prefix starts the pipeline. */
export function originalKey(imageId: string): string {
  return `uploads/${imageId}/original`;
}

/**
 * Where a thumbnail lives. A separate prefix from uploads/ on purpose: an event-driven pipeline that reacted
 * to its own output would loop forever (the classic "thumbnail of the thumbnail" bug).
 */
export function thumbnailKey(imageId: string, size: ThumbnailSize): string {
  return `thumbnails/${imageId}/${size}.webp`;
}

/** The steps, in order. Each is idempotent and keyed by image id, so at-least-once delivery duplicates nothing. */
export const PIPELINE_STEPS = ["thumbnail", "store", "metadata", "index"] as const;
export type PipelineStep = (typeof PIPELINE_STEPS)[number];

// "waiting": the step could not finish because object storage is down, and waits to try again (not a failure).
export const STEP_STATUSES = ["queued", "running", "waiting", "done", "failed"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Attempts per step before the job is dead-lettered (the monolith) or the run fails (serverless). */
export const MAX_STEP_ATTEMPTS = 3;
/**
 * The Workflow SDK's own retry ceiling for each serverless step (`maxRetries`). Deliberately far above
 * MAX_STEP_ATTEMPTS: waits for storage do not count as attempts, so the step counts its real attempts itself
 * (serverless/pipeline/run-image-step.ts) and ends the run after MAX_STEP_ATTEMPTS of them.
 */
export const STEP_MAX_RETRIES = 10_000;
