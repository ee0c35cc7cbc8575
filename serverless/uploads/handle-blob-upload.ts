import "server-only";
// POST /api/serverless/uploads/blob — Vercel Blob's client-upload protocol (`handleUpload` from
// @vercel/blob/client), used when BLOB_READ_WRITE_TOKEN is set. The browser's `upload()` asks this route for a
// client token, PUTs the photo straight to the Blob store with it, and the store calls this route back when the
// object is committed ("blob.upload-completed", signed with the store's token); that starts the durable pipeline.
//
// - Token request ("blob.generate-client-token"): the admin's session is checked here, inside
//   onBeforeGenerateToken, and the clientPayload must be the one-photo grant POST /api/serverless/uploads signed
//   for exactly this pathname (uploads/<image id>/original, the pet's fields checked there). The grant is used up
//   here, so one grant yields one client token. The token allows JPEG/PNG/WebP only, at most MAX_UPLOAD_BYTES,
//   that one pathname (no random suffix, no overwrite), for UPLOAD_TOKEN_TTL_SECONDS.
// - Completion ("blob.upload-completed"): verified by the SDK (x-vercel-signature, HMAC with the store token);
//   the tokenPayload signed into the client token names the image and the pet, and starts the run.
// - "pst.upload-finished" (ours): the browser says its upload() resolved. The Blob store's callback needs a
//   public URL to reach; on a laptop with a Blob token there is none. So the browser's call is the same
//   completion, checked differently: the admin's session, the grant (signature, expiry, pathname) and a HEAD of
//   the object in the store. Both may arrive: onUploadCompleted starts one run per image, whichever comes first.
import { handleUpload, type HandleUploadBody } from "@vercel/blob/client";
import { BlobError, BlobNotFoundError, head } from "@vercel/blob";
import { z } from "zod";
import { blobUploadResponseSchema } from "../../core/contract/serverless-api";
import { contractJson } from "../gateway/contract-json";
import { env } from "../../core/config/env";
import { AppError, isAppError } from "../../core/errors/app-error";
import { MAX_UPLOAD_BYTES, imageIdSchema, newPetDraftSchema, originalKey } from "../../core/images/image-rules";
import { parseInput } from "../../core/errors/parse-input";
import { getImageStatus } from "../../infra/images/get-image-status";
import { readJsonBody } from "../../infra/http/read-body";
import { readAuthSession } from "../auth/read-auth-session";
import { consumeUploadToken } from "./consume-upload-token";
import { onUploadCompleted } from "./on-upload-completed";
import { UPLOAD_TOKEN_TTL_SECONDS } from "./upload-token-config";
import { verifyUploadToken } from "./verify-upload-token";

/** What the Blob store may take for an original: the types the pipeline can read (it checks the bytes again). */
export const BLOB_ALLOWED_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"];

const bodySchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("blob.generate-client-token"),
    payload: z.object({ pathname: z.string().min(1).max(200), clientPayload: z.string().max(4_000).nullable(), multipart: z.boolean() }),
  }),
  z.object({
    type: z.literal("blob.upload-completed"),
    payload: z.object({ blob: z.object({ pathname: z.string().max(200) }).passthrough(), tokenPayload: z.string().max(4_000).nullish() }),
  }),
  z.object({
    type: z.literal("pst.upload-finished"),
    payload: z.object({ pathname: z.string().min(1).max(200), clientPayload: z.string().max(4_000) }),
  }),
]);

const tokenPayloadSchema = z.object({ imageId: imageIdSchema, draft: newPetDraftSchema });

async function requireAdmin(request: Request): Promise<void> {
  const session = await readAuthSession(request);
  if (!session) throw AppError.of("unauthorized", "admin.loginToAddPets");
  if (session.role !== "admin") throw AppError.of("forbidden", "admin.onlyAdminsShort");
}

/** Where the Blob store calls back: the public address when the app knows it, else the SDK decides (on Vercel). */
function callbackUrl(): string | undefined {
  const base = env().PUBLIC_BASE_URL;
  return base ? `${base.replace(/\/$/, "")}/api/serverless/uploads/blob` : undefined;
}

export async function handleBlobUpload(request: Request): Promise<Response> {
  const token = env().BLOB_READ_WRITE_TOKEN;
  if (!token) throw AppError.of("not_found", "upload.noBlobStore", { path: "/api/serverless/uploads/{id}" });
  const raw = await readJsonBody(request, { invalid: "request.blobEvent" });
  const body = parseInput(bodySchema, raw);

  if (body.type === "pst.upload-finished") {
    await requireAdmin(request);
    const grant = await verifyUploadToken(body.payload.clientPayload, body.payload.pathname);
    // The store's callback came first (the run may even be done, its original deleted): nothing to start.
    if (await getImageStatus(grant.imageId)) {
      return contractJson(
        blobUploadResponseSchema,
        { type: body.type, imageId: grant.imageId, started: false },
        { headers: { "Cache-Control": "no-store" } },
      );
    }
    try {
      await head(originalKey(grant.imageId), { token });
    } catch (e) {
      if (e instanceof BlobNotFoundError) throw AppError.of("conflict", "upload.notInStorage");
      throw e;
    }
    const started = await onUploadCompleted({ key: originalKey(grant.imageId), draft: grant.draft });
    return contractJson(
      blobUploadResponseSchema,
      { type: body.type, imageId: grant.imageId, started: !!started },
      { headers: { "Cache-Control": "no-store" } },
    );
  }

  try {
    const result = await handleUpload({
      token,
      request,
      // The raw event, not zod's copy: the SDK checks the callback's signature over JSON.stringify(body), and a
      // parsed copy may order or drop keys differently. (It was validated above.)
      body: raw as HandleUploadBody,
      onBeforeGenerateToken: async (pathname, clientPayload) => {
        await requireAdmin(request);
        if (!clientPayload) throw AppError.of("bad_request", "upload.askFirst");
        const grant = await verifyUploadToken(clientPayload, pathname);
        await consumeUploadToken(grant);
        return {
          allowedContentTypes: BLOB_ALLOWED_CONTENT_TYPES,
          maximumSizeInBytes: Math.min(grant.maxBytes, MAX_UPLOAD_BYTES),
          addRandomSuffix: false,
          allowOverwrite: false,
          validUntil: Date.now() + UPLOAD_TOKEN_TTL_SECONDS * 1000,
          tokenPayload: JSON.stringify({ imageId: grant.imageId, draft: grant.draft }),
          callbackUrl: callbackUrl(),
        };
      },
      onUploadCompleted: async ({ blob, tokenPayload }) => {
        let payload: z.infer<typeof tokenPayloadSchema>;
        try {
          payload = tokenPayloadSchema.parse(JSON.parse(tokenPayload ?? ""));
        } catch {
          throw AppError.of("bad_request", "upload.eventNoPet");
        }
        if (blob.pathname !== originalKey(payload.imageId)) throw AppError.of("bad_request", "upload.eventOtherFile");
        await onUploadCompleted({ key: blob.pathname, draft: payload.draft });
      },
    });
    return contractJson(blobUploadResponseSchema, result, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (isAppError(e)) throw e;
    // The SDK's refusals: a missing or wrong callback signature, an unknown event.
    if (e instanceof BlobError) throw AppError.of("forbidden", "upload.eventRefused");
    throw e;
  }
}
