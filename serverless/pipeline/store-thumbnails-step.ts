// Step 2 as a durable step: write the thumbnails under thumbnails/<image id>/ (the shared rule). That prefix
// never starts a run (image-id-from-upload-key.ts), so the pipeline cannot trigger itself — unless the lab
// bench's recursive-trigger switch turns the guard off: then each write is treated like an upload of its photo
// and starts another run of this same workflow, until the breaker trips. Idempotent: the keys depend on the
// image id alone, a retry overwrites the same objects.
import { getWorkflowMetadata } from "workflow";
import { start } from "workflow/api";
import { STEP_MAX_RETRIES, type ThumbnailSize } from "../../core/images/pipeline-steps";
import { storeThumbnails } from "../../infra/images/store-thumbnails";
import { activeFault } from "../../infra/faults/fault-state";
import { admitLoopRun } from "../../infra/faults/recursive-trigger-breaker";
import { getStorage } from "../../infra/storage/get-storage";
import type { EncodedThumbnails } from "./make-thumbnails-step";
import { imageIdFromThumbnailKey } from "./image-id-from-upload-key";
import { runImageStep } from "./run-image-step";

export async function storeThumbnailsStep(imageId: string, encoded: EncodedThumbnails): Promise<Record<ThumbnailSize, string>> {
  "use step";
  const keys = await runImageStep(imageId, "store", () =>
    storeThumbnails(
      getStorage(),
      imageId,
      encoded.thumbnails.map((t) => ({ size: t.size, body: Buffer.from(t.base64, "base64") })),
    ),
  );
  for (const key of Object.values(keys)) await onObjectWritten(key);
  return keys;
}

/**
 * The storage event for an object the pipeline wrote (a thumbnail). Normally ignored: that is the recursive-trigger
 * guard. With the switch on, the write counts as a new upload of its photo and starts another full run (every step
 * is idempotent, so the photo still ends as one pet with one set of thumbnails); the breaker stops it after maxRuns
 * runs per photo. The run is of the workflow this step belongs to, named by the SDK's own metadata: importing the
 * workflow here would make an import circle (workflow → this step → workflow).
 */
async function onObjectWritten(key: string): Promise<void> {
  const loop = activeFault("recursive-trigger");
  const imageId = loop ? imageIdFromThumbnailKey(key) : null;
  if (!loop || !imageId || !admitLoopRun(imageId, loop.maxRuns)) return;
  await start({ workflowId: getWorkflowMetadata().workflowName }, [imageId]);
}
// The SDK's retry ceiling (STEP_MAX_RETRIES: storage waits are not attempts; run-image-step.ts ends the run after
// MAX_STEP_ATTEMPTS real ones), set here on the step itself, where the SDK's step handler reads it.
storeThumbnailsStep.maxRetries = STEP_MAX_RETRIES;
