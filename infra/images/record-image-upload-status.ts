import "server-only";
// The upload's overall status (the admin list shows it): queued → running → done | failed, with the reason.
import type { StepStatus } from "../../core/images/image-rules";
import { imageUploadStatusWrite, recordImageWrites } from "./record-image-step";

export async function recordImageUploadStatus(imageId: string, status: StepStatus, error?: string | null): Promise<void> {
  await recordImageWrites([imageUploadStatusWrite(imageId, status, error)]);
}
