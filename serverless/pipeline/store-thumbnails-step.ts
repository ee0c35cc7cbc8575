// Step 2 as a durable step: write the thumbnails under thumbnails/<image id>/ (the shared rule). That prefix
// never starts a run (image-id-from-upload-key.ts), so the pipeline cannot trigger itself. Idempotent: the
// keys depend on the image id alone, a retry overwrites the same objects.
import { STEP_MAX_RETRIES, type ThumbnailSize } from "../../core/images/image-rules";
import { storeThumbnails } from "../../infra/images/store-thumbnails";
import { getStorage } from "../../infra/storage/get-storage";
import type { EncodedThumbnails } from "./make-thumbnails-step";
import { runImageStep } from "./run-image-step";

export async function storeThumbnailsStep(imageId: string, encoded: EncodedThumbnails): Promise<Record<ThumbnailSize, string>> {
  "use step";
  return runImageStep(imageId, "store", () =>
    storeThumbnails(
      getStorage(),
      imageId,
      encoded.thumbnails.map((t) => ({ size: t.size, body: Buffer.from(t.base64, "base64") })),
    ),
  );
}
// Exactly MAX_STEP_ATTEMPTS attempts; set here, on the step itself, where the SDK's step handler reads it.
storeThumbnailsStep.maxRetries = STEP_MAX_RETRIES;
