import "server-only";
// PUT /api/serverless/uploads/{imageId}: the local stand-in for Vercel Blob's client upload. The browser
// sends the photo's bytes here with the upload token it was given; the size is refused from Content-Length
// before a byte is read (413), and a body that turns out longer than declared is cut off at the limit. The token
// is used up (recorded in the database) before anything is stored: a replay gets 409 and writes nothing.
// The bytes are stored as they are — judging them is the pipeline's first step — and only after the write
// is committed does the upload-completed event start the run.
import { uploadReceivedResponseSchema } from "../../core/contract/serverless-api";
import { AppError } from "../../core/errors/app-error";
import { IMAGE_ERRORS, MAX_UPLOAD_BYTES, imageIdSchema, originalKey } from "../../core/images/image-rules";
import { readBodyBytes } from "../../infra/http/read-body";
import { takeUploadSlot } from "../../infra/http/upload-slots";
import { getStorage } from "../../infra/storage/get-storage";
import { contractJson } from "../gateway/contract-json";
import { bearerToken } from "../token/verify-baas-token";
import { consumeUploadToken } from "./consume-upload-token";
import { onUploadCompleted } from "./on-upload-completed";
import { verifyUploadToken } from "./verify-upload-token";

export async function receiveClientUpload(request: Request, rawImageId: string): Promise<Response> {
  const id = imageIdSchema.safeParse(rawImageId);
  if (!id.success) throw AppError.of("not_found", "upload.unknown");
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) throw new AppError("payload_too_large", IMAGE_ERRORS.tooLargeFile);

  const raw = bearerToken(request);
  if (!raw) throw AppError.of("unauthorized", "upload.useToken");
  const key = originalKey(id.data);
  const grant = await verifyUploadToken(raw, key);
  if (grant.imageId !== id.data) throw AppError.of("forbidden", "upload.tokenOtherFile");

  // A slot before the token is used up: a 429 here leaves the token good for the retry.
  const release = takeUploadSlot();
  let body: Buffer;
  try {
    await consumeUploadToken(grant);
    body = await readBodyBytes(request, { maxBytes: Math.min(grant.maxBytes, MAX_UPLOAD_BYTES), tooLarge: IMAGE_ERRORS.tooLargeFile });
  } finally {
    release();
  }
  // Stored under the original's key whatever it claims to be: the thumbnail step reads the bytes, not the type.
  await getStorage().put(key, body, "application/octet-stream");
  const started = await onUploadCompleted({ key, draft: grant.draft });
  if (!started) throw AppError.of("conflict", "upload.alreadyUploaded");
  return contractJson(
    uploadReceivedResponseSchema,
    { imageId: started.imageId, runId: started.runId, statusUrl: `/api/images/${started.imageId}` },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
}
