import "server-only";
// ARCH: the monolith receives the photo in its own form post. Here the browser sends the bytes straight to
// object storage, so the server only signs permission for one object key (the Vercel Blob client-upload
// pattern): a short-lived token naming exactly that key, its size limit, the image id and the pet's fields
// (the tokenPayload that comes back with the upload-completed event).
import { SignJWT } from "jose";
import { MAX_UPLOAD_BYTES, type NewPetDraft } from "../../core/images/image-rules";
import { TOKEN_ISSUER, tokenSigningKey } from "../token/token-config";
import { UPLOAD_TOKEN_AUDIENCE, UPLOAD_TOKEN_TTL_SECONDS } from "./upload-token-config";

export type UploadToken = { token: string; expiresAt: string; key: string; maxBytes: number };

export async function mintUploadToken(input: { key: string; imageId: string; draft: NewPetDraft; now?: Date }): Promise<UploadToken> {
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const exp = iat + UPLOAD_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ key: input.key, img: input.imageId, max: MAX_UPLOAD_BYTES, pet: input.draft })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(UPLOAD_TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(crypto.randomUUID())
    .sign(tokenSigningKey());
  return { token, expiresAt: new Date(exp * 1000).toISOString(), key: input.key, maxBytes: MAX_UPLOAD_BYTES };
}
