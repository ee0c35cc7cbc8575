// Step 3 as a durable step: create the Pet and Image rows from the draft (the shared rule, one transaction,
// keyed by the image id — a replay after a crash returns the pet created the first time).
import { STEP_MAX_RETRIES, type ThumbnailSize } from "../../core/images/pipeline-steps";
import { writeImageMetadata } from "../../infra/images/write-image-metadata";
import { runImageStep } from "./run-image-step";

export async function writeMetadataStep(
  imageId: string,
  width: number,
  height: number,
  keys: Record<ThumbnailSize, string>,
): Promise<number> {
  "use step";
  return runImageStep(imageId, "metadata", async () => (await writeImageMetadata({ imageId, width, height, keys })).petId);
}
// The SDK's retry ceiling (STEP_MAX_RETRIES: storage waits are not attempts; run-image-step.ts ends the run after
// MAX_STEP_ATTEMPTS real ones), set here on the step itself, where the SDK's step handler reads it.
writeMetadataStep.maxRetries = STEP_MAX_RETRIES;
