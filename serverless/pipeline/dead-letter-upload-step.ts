// The dead letter: a step failed for good (bad input, or still failing after its retries). Nothing of the
// upload is kept in storage and the reason stays on the step and the upload (infra/images/dead-letter-image-upload).

import type { PipelineStep } from "../../core/images/pipeline-steps";
import { deadLetterImageUpload } from "../../infra/images/dead-letter-image-upload";

export async function deadLetterUploadStep(imageId: string, step: PipelineStep, reason: string): Promise<void> {
  "use step";
  await deadLetterImageUpload(imageId, reason, step);
}
