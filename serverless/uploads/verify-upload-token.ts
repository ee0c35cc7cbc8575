import "server-only";
// Checks an upload token for one object key: HS256, our issuer, the upload audience, not expired, every claim
// of the right shape (zod: a non-numeric or missing `max` is refused, not read as "no limit"), and the key it
// was signed for is the key being written. Any failure is one 401/403 with a plain reason.
import { errors, jwtVerify } from "jose";
import { z } from "zod";
import { AppError } from "../../core/errors/app-error";
import { MAX_UPLOAD_BYTES, imageIdSchema, newPetDraftSchema, originalKey, type NewPetDraft } from "../../core/images/image-rules";
import { TOKEN_ISSUER, tokenSigningKey } from "../token/token-config";
import { UPLOAD_TOKEN_AUDIENCE } from "./upload-token-config";

/** The claims mint-upload-token.ts signs, all of them required and checked. */
export const uploadTokenClaims = z.object({
  jti: z.string().uuid(),
  key: z.string().min(1).max(200),
  img: imageIdSchema,
  max: z.number().int().positive().max(MAX_UPLOAD_BYTES),
  pet: newPetDraftSchema,
  iat: z.number().int(),
  exp: z.number().int(),
});

export type UploadGrant = { jti: string; imageId: string; maxBytes: number; draft: NewPetDraft };

export async function verifyUploadToken(token: string, key: string): Promise<UploadGrant> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, tokenSigningKey(), {
      algorithms: ["HS256"],
      issuer: TOKEN_ISSUER,
      audience: UPLOAD_TOKEN_AUDIENCE,
      requiredClaims: ["exp", "iat", "jti"],
    }));
  } catch (e) {
    if (e instanceof errors.JWTExpired) throw AppError.of("unauthorized", "upload.permissionExpired");
    throw AppError.of("unauthorized", "upload.tokenInvalid");
  }
  const claims = uploadTokenClaims.safeParse(payload);
  if (!claims.success) throw AppError.of("unauthorized", "upload.tokenInvalid");
  const { jti, key: signedKey, img, max, pet } = claims.data;
  // The key is derived from the image id: a token whose two disagree was not made by us.
  if (signedKey !== key || originalKey(img) !== signedKey) throw AppError.of("forbidden", "upload.tokenOtherFile");
  return { jti, imageId: img, maxBytes: max, draft: pet };
}
