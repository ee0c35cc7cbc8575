import "server-only";
// POST /api/serverless/uploads: an admin asks to add a pet. The pet fields are checked here (the shared
// new-pet admission rule, core/catalog/new-pet-admission.ts), the declared file size is checked against the limit, and the answer is a short-lived
// permission to upload exactly one object: uploads/<new image id>/original. The fields travel inside the
// signed token (as Vercel Blob's tokenPayload does) and come back with the upload-completed event, so no row
// exists for an upload that never arrives.
import { uploadGrantResponseSchema } from "../../core/contract/serverless-api";
import { env } from "../../core/config/env";
import { AppError } from "../../core/errors/app-error";
import { MAX_UPLOAD_BYTES, IMAGE_ERRORS, originalKey } from "../../core/images/image-rules";
import { admitNewPet } from "../../infra/catalog/admit-new-pet";
import { readJsonBody } from "../../infra/http/read-body";
import { readAuthSession } from "../auth/read-auth-session";
import { contractJson } from "../gateway/contract-json";
import { mintUploadToken } from "./mint-upload-token";

export async function issueUploadToken(request: Request): Promise<Response> {
  const session = await readAuthSession(request);
  if (!session) throw AppError.of("unauthorized", "admin.loginToAddPets");
  if (session.role !== "admin") throw AppError.of("forbidden", "admin.onlyAdminsShort");

  const raw = await readJsonBody(request, { invalid: "upload.sendPet" });
  if (!raw || typeof raw !== "object") throw AppError.of("bad_request", "upload.sendPet");
  const body = raw as Record<string, unknown>;
  // JSON may carry the price and stock as numbers; the rule reads them as the form's text.
  const { draft } = await admitNewPet({
    name: body.name,
    category: body.category,
    price: String(body.price ?? ""),
    stock: String(body.stock ?? ""),
  });

  const size = Number(body.size);
  if (!Number.isFinite(size) || size < 0) throw AppError.of("bad_request", "upload.saySize");
  // The storage endpoint checks again from Content-Length; asking first saves the browser a useless upload.
  if (size > MAX_UPLOAD_BYTES) throw new AppError("payload_too_large", IMAGE_ERRORS.tooLargeFile);

  const imageId = crypto.randomUUID();
  const key = originalKey(imageId);
  const minted = await mintUploadToken({ key, imageId, draft });
  if (env().BLOB_READ_WRITE_TOKEN) {
    // Vercel Blob: the browser's upload() takes the grant as its clientPayload to the handleUpload route
    // (handle-blob-upload.ts), which checks the admin again and gives it a Blob client token for this key only.
    return contractJson(
      uploadGrantResponseSchema,
      {
        imageId,
        key,
        handleUploadUrl: "/api/serverless/uploads/blob",
        clientPayload: minted.token,
        expiresAt: minted.expiresAt,
        maxBytes: minted.maxBytes,
      },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  }
  return contractJson(
    uploadGrantResponseSchema,
    {
      imageId,
      key,
      uploadUrl: `/api/serverless/uploads/${imageId}`,
      token: minted.token,
      expiresAt: minted.expiresAt,
      maxBytes: minted.maxBytes,
    },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
}
