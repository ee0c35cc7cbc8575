// Step 4 as a durable step: bring the search function's index artifact in blob storage up to the catalog, so
// the next search (warm or cold instance) finds the new pet: rebuilt from the database, unless the artifact in
// storage was already built from this very catalog (a search that came first rebuilt it). ARCH: the monolith
// updates its in-memory index in process; here the index is an artifact other function instances load.
// Idempotent: the artifact is built from the database, so a second run writes the same index or none.
import { STEP_MAX_RETRIES, originalKey } from "../../core/images/pipeline-steps";
import { getStorage } from "../../infra/storage/get-storage";
import { ensureSearchArtifactCurrent } from "../functions/search/write-search-artifact";
import { runImageStep } from "./run-image-step";

export async function updateSearchIndexStep(imageId: string): Promise<void> {
  "use step";
  // The step's "done" and the upload's "done" go in one commit (lastStep).
  await runImageStep(
    imageId,
    "index",
    async () => {
      await ensureSearchArtifactCurrent();
    },
    { lastStep: true },
  );
  // The original (EXIF, GPS) is not needed once the thumbnails exist: deleted, never kept around. Idempotent.
  await getStorage()
    .delete(originalKey(imageId))
    .catch((e: unknown) => console.error(`[pipeline] could not delete the original of ${imageId}:`, e));
}
// The SDK's retry ceiling (STEP_MAX_RETRIES: storage waits are not attempts; run-image-step.ts ends the run after
// MAX_STEP_ATTEMPTS real ones), set here on the step itself, where the SDK's step handler reads it.
updateSearchIndexStep.maxRetries = STEP_MAX_RETRIES;
