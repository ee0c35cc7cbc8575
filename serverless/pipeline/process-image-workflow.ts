// ARCH: the serverless image pipeline. The monolith runs thumbnail → store → metadata → index as one loop in
// its long-running consumer; here it is a durable Workflow SDK run whose four steps are separate function
// invocations. The SDK records every step's result in its event log (the local world keeps it in
// <DATA_DIR>/workflow), so after a crash the run resumes at the step that was interrupted instead of starting
// over, and each step is retried on its own (up to MAX_STEP_ATTEMPTS attempts; waits while storage is down do not count). Every step is idempotent and
// keyed by the image id, so a step that ran twice (crash after its work, before its result was recorded)
// changes nothing the second time.
import { FatalError } from "workflow";
import { MAX_STEP_ATTEMPTS, type PipelineStep } from "../../core/images/pipeline-steps";
import { deadLetterUploadStep } from "./dead-letter-upload-step";
import { makeThumbnailsStep } from "./make-thumbnails-step";
import { storeThumbnailsStep } from "./store-thumbnails-step";
import { updateSearchIndexStep } from "./update-search-index-step";
import { writeMetadataStep } from "./write-metadata-step";

// Each step file sets its own maxRetries (STEP_MAX_RETRIES): the step handler reads it from the step bundle,
// which does not load this file, so setting it here would leave the SDK default (3 retries, 4 attempts).

export async function processImageWorkflow(imageId: string): Promise<{ imageId: string; petId: number }> {
  "use workflow";
  let current: PipelineStep = "thumbnail";
  try {
    const encoded = await makeThumbnailsStep(imageId);
    current = "store";
    const keys = await storeThumbnailsStep(imageId, encoded);
    current = "metadata";
    const petId = await writeMetadataStep(imageId, encoded.width, encoded.height, keys);
    current = "index";
    await updateSearchIndexStep(imageId);
    return { imageId, petId };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await deadLetterUploadStep(
      imageId,
      current,
      FatalError.is(e) ? message : `Dead-lettered after ${MAX_STEP_ATTEMPTS} attempts: ${message}`,
    );
    throw e;
  }
}
