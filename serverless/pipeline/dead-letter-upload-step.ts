// The dead letter: a step failed for good (bad input, or still failing after its retries). Nothing of the
// upload is kept in storage (original and thumbnails deleted) and the reason stays on the step and the
// upload, where the admin page shows it. Idempotent: deleting a missing object is fine, the rows are upserts.

import type { PipelineStep } from "../../core/images/pipeline-steps";
import { discardImageUpload } from "../../infra/images/discard-image-upload";
import { recordImageStep } from "../../infra/images/record-image-step";
import { recordImageUploadStatus } from "../../infra/images/record-image-upload-status";
import { getImageStatus } from "../../infra/images/get-image-status";
import { getStorage } from "../../infra/storage/get-storage";

export async function deadLetterUploadStep(imageId: string, step: PipelineStep, reason: string): Promise<void> {
  "use step";
  await discardImageUpload(getStorage(), imageId);
  // Bad input was already recorded by the step with its own reason: keep that one.
  if ((await getImageStatus(imageId))?.status === "failed") return;
  await recordImageStep(imageId, step, "failed", reason);
  await recordImageUploadStatus(imageId, "failed", reason);
}
