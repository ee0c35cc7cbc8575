// Step 2 as a durable step: write the thumbnails under thumbnails/<image id>/ (the shared rule). That prefix
// never starts a run (image-id-from-upload-key.ts), so the pipeline cannot trigger itself — unless the lab
// bench's recursive-trigger switch turns the guard off: then each write is handed to the storage event
// handler like an upload (on-upload-completed.ts onObjectWritten) and starts another run, until the breaker
// trips. Idempotent: the keys depend on the image id alone, a retry overwrites the same objects.
import { STEP_MAX_RETRIES, type ThumbnailSize } from "../../core/images/pipeline-steps";
import { storeThumbnails } from "../../infra/images/store-thumbnails";
import { activeFault } from "../../infra/faults/fault-state";
import { getStorage } from "../../infra/storage/get-storage";
import type { EncodedThumbnails } from "./make-thumbnails-step";
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
  if (activeFault("recursive-trigger")) {
    // Loaded when needed: the event handler starts this workflow, which imports this step.
    const { onObjectWritten } = await import("../uploads/on-upload-completed");
    for (const key of Object.values(keys)) await onObjectWritten(key);
  }
  return keys;
}
// The SDK's retry ceiling (STEP_MAX_RETRIES: storage waits are not attempts; run-image-step.ts ends the run after
// MAX_STEP_ATTEMPTS real ones), set here on the step itself, where the SDK's step handler reads it.
storeThumbnailsStep.maxRetries = STEP_MAX_RETRIES;
