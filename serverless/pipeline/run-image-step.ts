// The frame every serverless pipeline step runs in: it is one function invocation (serverless/runtime log),
// it keeps the step's row in ImageStep up to date for GET /api/images/{id}, and it sorts failures into the
// Workflow SDK's two kinds. A permanent failure (core isPermanentImageError: empty, not an image, SVG, damaged,
// truncated, too large, pixel bomb, original gone) can never succeed, so it is a FatalError — no retry, the
// original and any thumbnails are deleted and the reason is recorded. Anything else (storage or database hiccup, a crash) is thrown as is and the
// SDK retries the step; the workflow dead-letters it when the retries run out.
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
import { STORAGE_OUTAGE_BACKOFF_MS, retryDelayMs } from "../../core/images/image-rules";
import { FunctionThrottledError, runPipelineFunction } from "./run-pipeline-function";

export async function runImageStep<T>(imageId: string, step: PipelineStep, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await runStepFunction(imageId, step, work);
  } catch (e) {
    // Throttled before any instance ran: the SDK tries the step again a second later.
    if (e instanceof FunctionThrottledError) throw new RetryableError(e.message, { retryAfter: 1000 });
    // Storage is down: retrying a second later only burns the attempts. Wait 10 s, then 20 s, so the run
    // outlasts an outage of ~25 s before it dead-letters (the monolith's consumer waits the same).
    if (isStorageUnavailable(e))
      throw new RetryableError(e instanceof Error ? e.message : String(e), {
        retryAfter: retryDelayMs(getStepMetadata().attempt, STORAGE_OUTAGE_BACKOFF_MS),
      });
    throw e;
  } finally {
    // The recursive-trigger breaker's bill (only photos whose runs it counts).
    recordLoopInvocation(imageId, gbSeconds(billedDurationMs(Date.now() - started), functionMemoryMb(`pipeline:${step}`)));
  }
}

function runStepFunction<T>(imageId: string, step: PipelineStep, work: () => Promise<T>): Promise<T> {
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
      await recordImageStep(imageId, step, "done");
      return result;
    } catch (e) {
      if (isAppError(e) && isPermanentImageError(e)) {
        await discardImageUpload(getStorage(), imageId);
        await recordImageStep(imageId, step, "failed", e.message);
        await recordImageUploadStatus(imageId, "failed", e.message);
        throw new FatalError(e.message);
      }
      const reason = e instanceof Error ? e.message : String(e);
      // Shown while the SDK waits to retry; the dead-letter step overwrites it if the retries run out.
      await recordImageStep(imageId, step, "failed", `Attempt ${getStepMetadata().attempt} failed: ${reason}`).catch(() => {});
      throw e;
    }
  });
}
