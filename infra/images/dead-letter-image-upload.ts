import "server-only";
// The dead letter of one upload: nothing of it is kept in storage (original and thumbnails deleted) and the
// reason stays on the step and on the upload, where the admin page shows it. Idempotent: deleting a missing
// object is fine, the rows are upserts, and a reason already recorded (bad input, found by the step itself) is
// kept. Used by the pipeline's dead-letter step and by the run guard when a run cannot make progress.
import { PIPELINE_STEPS, type PipelineStep } from "../../core/images/image-rules";
import { discardImageUpload } from "./discard-image-upload";
import { getImageStatus } from "./get-image-status";
import { imageStepWrite, imageUploadStatusWrite, recordImageWrites } from "./record-image-step";
import { getStorage } from "../storage/get-storage";

/** `step`: the step that gave up; when unknown, the first one not done. Returns false when there is no such upload. */
export async function deadLetterImageUpload(imageId: string, reason: string, step?: PipelineStep): Promise<boolean> {
  const status = await getImageStatus(imageId);
  if (!status) return false;
  // A finished pet is never taken down by a late dead letter.
  if (status.status === "done") return true;
  await discardImageUpload(getStorage(), imageId);
  if (status.status === "failed") return true;
  const at = step ?? PIPELINE_STEPS.find((s) => status.steps.find((st) => st.step === s)?.status !== "done") ?? "thumbnail";
  // Both rows in one commit: the admin never sees a failed step under a running upload.
  await recordImageWrites([imageStepWrite(imageId, at, "failed", reason), imageUploadStatusWrite(imageId, "failed", reason)]);
  return true;
}
