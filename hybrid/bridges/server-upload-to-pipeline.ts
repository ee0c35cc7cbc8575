import "server-only";
// Bridge "server-uploads-to-pipeline": the pages are still server-rendered, so the admin's "Add pet" form posts
// the photo to this server (works with JavaScript off), but the image pipeline has moved. Instead of queuing a job
// row for the monolith's consumer, the server does what the browser app's direct upload does: it stores the
// original in blob storage under uploads/<id>/original, and the storage's upload-completed event starts the
// durable pipeline's run (serverless/uploads/on-upload-completed.ts — the one place runs start).
// ARCH: the monolith's twin is monolith/images/enqueue-image-job.ts (job row + in-process consumer). A real
// migration would have the form upload straight to the bucket with a signed URL, so the server stops carrying
// photo bytes at all; the bucket's own notification would then start the run instead of this call.
import { randomUUID } from "node:crypto";
import { AppError } from "../../core/errors/app-error";
import { originalKey } from "../../core/images/image-rules";
import { admitFormUpload, type AddPetFields } from "../../infra/images/admit-form-upload";
import { getStorage } from "../../infra/storage/get-storage";
import { onUploadCompleted } from "../../serverless/uploads/on-upload-completed";

export async function uploadToPipeline(fields: AddPetFields): Promise<{ imageId: string; runId: string }> {
  // The same checks the monolith's form makes: the person filling the form learns at once that the file is no
  // photo, instead of from a dead-lettered run.
  const { draft, bytes } = await admitFormUpload(fields);
  const key = originalKey(randomUUID());
  await getStorage().put(key, bytes, "application/octet-stream");
  const started = await onUploadCompleted({ key, draft });
  if (!started) throw AppError.of("conflict", "upload.alreadyUploaded");
  return started;
}
