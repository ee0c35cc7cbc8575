// The frame every serverless pipeline step runs in: it is one function invocation (serverless/runtime log),
// it keeps the step's row in ImageStep up to date for GET /api/images/{id}, and it sorts failures into the
// Workflow SDK's two kinds. A permanent failure (core isPermanentImageError: empty, not an image, SVG, damaged,
// truncated, too large, pixel bomb, original gone) can never succeed, so it is a FatalError — no retry, the
// original and any thumbnails are deleted and the reason is recorded. Anything else (storage or database hiccup, a crash) is thrown as is and the
// SDK retries the step; after MAX_STEP_ATTEMPTS real attempts the step ends the run with a FatalError and the
// workflow dead-letters it. Tries that found object storage down are waits, not attempts (see below).
import { FatalError, RetryableError, getStepMetadata } from "workflow";
import { isAppError } from "../../core/errors/app-error";
import { isPermanentImageError, type PipelineStep } from "../../core/images/image-rules";
import { discardImageUpload } from "../../infra/images/discard-image-upload";
import { imageStepWrite, imageUploadStatusWrite, recordImageStep, recordImageWrites } from "../../infra/images/record-image-step";
import { recordImageUploadStatus } from "../../infra/images/record-image-upload-status";
import { activeFault } from "../../infra/faults/fault-state";
import { getStorage, isStorageUnavailable } from "../../infra/storage/get-storage";
import { recordLoopInvocation } from "../../infra/faults/recursive-trigger-breaker";
import { billedDurationMs, gbSeconds } from "../../core/functions/billed-duration";
import { functionMemoryMb } from "../../core/functions/function-memory";
import { MAX_STEP_ATTEMPTS } from "../../core/images/image-rules";
import { recordStorageOutageWait, storageOutageRetries } from "../../infra/images/record-storage-outage-wait";
import { FunctionThrottledError, runPipelineFunction } from "./run-pipeline-function";

/** `lastStep`: the step's "done" also marks the whole upload done, in the same commit. */
export async function runImageStep<T>(
  imageId: string,
  step: PipelineStep,
  work: () => Promise<T>,
  options: { lastStep?: boolean } = {},
): Promise<T> {
  const started = Date.now();
  try {
    return await runStepFunction(imageId, step, work, options.lastStep ?? false);
  } catch (e) {
    // Throttled before any instance ran: the SDK tries the step again a second later.
    if (e instanceof FunctionThrottledError) throw new RetryableError(e.message, { retryAfter: 1000 });
    // Storage is down: the step waits (bounded exponential backoff, up to STORAGE_OUTAGE_MAX_WAIT_MS in all)
    // without using up an attempt, then tries again; the monolith's consumer waits by the same rule.
    if (isStorageUnavailable(e)) {
      const wait = await recordStorageOutageWait(imageId, step);
      if (!wait.wait) throw new FatalError(wait.reason);
      throw new RetryableError(wait.message, { retryAfter: wait.retryInMs });
    }
    throw e;
  } finally {
    // The recursive-trigger breaker's bill (only photos whose runs it counts).
    recordLoopInvocation(imageId, gbSeconds(billedDurationMs(Date.now() - started), functionMemoryMb(`pipeline:${step}`)));
  }
}

function runStepFunction<T>(imageId: string, step: PipelineStep, work: () => Promise<T>, lastStep: boolean): Promise<T> {
  return runPipelineFunction(`pipeline:${step}`, async () => {
    // The first step's first attempt also marks the upload running: both rows in one commit.
    if (step === "thumbnail" && getStepMetadata().attempt === 1)
      await recordImageWrites([imageStepWrite(imageId, step, "running"), imageUploadStatusWrite(imageId, "running")]);
    else await recordImageStep(imageId, step, "running");
    try {
      // The lab bench's "crashed step" switch: the first attempt of every step dies mid-way, as an instance
      // crash would; the durable run retries that step alone (the steps before it are not run again).
      if (activeFault("consumer-down") && getStepMetadata().attempt === 1)
        throw new Error(`The ${step} step's instance crashed (lab bench switch).`);
      const result = await work();
      if (lastStep) await recordImageWrites([imageStepWrite(imageId, step, "done"), imageUploadStatusWrite(imageId, "done")]);
      else await recordImageStep(imageId, step, "done");
      return result;
    } catch (e) {
      if (isAppError(e) && isPermanentImageError(e)) {
        await discardImageUpload(getStorage(), imageId);
        await recordImageStep(imageId, step, "failed", e.message);
        await recordImageUploadStatus(imageId, "failed", e.message);
        throw new FatalError(e.message);
      }
      // The outage is handled by the caller (a wait, not an attempt).
      if (isStorageUnavailable(e)) throw e;
      const reason = e instanceof Error ? e.message : String(e);
      // The SDK's count includes the tries that only waited for storage: those are not attempts.
      const attempt = getStepMetadata().attempt - (await storageOutageRetries(imageId, step).catch(() => 0));
      // Shown while the SDK waits to retry; the dead-letter step overwrites it if the retries run out.
      await recordImageStep(imageId, step, "failed", `Attempt ${attempt} failed: ${reason}`).catch(() => {});
      // The last allowed attempt: end the run here (the SDK's own ceiling is far higher, for the waits).
      if (attempt >= MAX_STEP_ATTEMPTS) throw new FatalError(`Dead-lettered after ${MAX_STEP_ATTEMPTS} attempts: ${reason}`);
      throw e;
    }
  });
}
