// Step 1 as a durable step: read the original from storage and render the thumbnails with the shared rule
// (infra/images/make-thumbnails validates first). The bytes travel to the next step through the workflow's
// event log, base64-encoded (a few dozen KB), so a retry of "store" never has to render them again.
import { AppError } from "../../core/errors/app-error";
import { STEP_MAX_RETRIES, originalKey, type ThumbnailSize } from "../../core/images/pipeline-steps";
import { makeThumbnails } from "../../infra/images/make-thumbnails";
import { getStorage } from "../../infra/storage/get-storage";
import { runImageStep } from "./run-image-step";

export type EncodedThumbnails = { width: number; height: number; thumbnails: { size: ThumbnailSize; base64: string }[] };

export async function makeThumbnailsStep(imageId: string): Promise<EncodedThumbnails> {
  "use step";
  return runImageStep(imageId, "thumbnail", async () => {
    const original = await getStorage().get(originalKey(imageId));
    // A missing original cannot come back by retrying (it was refused and deleted, or never arrived).
    if (!original) throw AppError.of("bad_request", "image.empty");
    const set = await makeThumbnails(original.body);
    return {
      width: set.width,
      height: set.height,
      thumbnails: set.thumbnails.map((t) => ({ size: t.size, base64: t.body.toString("base64") })),
    };
  });
}
// The SDK's retry ceiling (STEP_MAX_RETRIES: storage waits are not attempts; run-image-step.ts ends the run after
// MAX_STEP_ATTEMPTS real ones), set here on the step itself, where the SDK's step handler reads it.
makeThumbnailsStep.maxRetries = STEP_MAX_RETRIES;
