import "server-only";
// Checks an upload token for one object key: HS256, our issuer, the upload audience, not expired, and the
// key it was signed for is the key being written. Any failure is one 401/403 with a plain reason.
import { errors, jwtVerify } from "jose";
import { AppError } from "../../core/errors/app-error";
import { z } from "zod";
import type { NewPetDraft } from "../../core/images/image-rules";
import { TOKEN_ISSUER, tokenSigningKey } from "../token/token-config";
import { UPLOAD_TOKEN_AUDIENCE } from "./upload-token-config";

// The draft as the token service signed it (already validated, price in cents): only its shape is checked.
const signedDraft = z.object({ name: z.string(), categorySlug: z.string(), priceCents: z.number().int(), stock: z.number().int() });

export async function verifyUploadToken(token: string, key: string): Promise<{ imageId: string; maxBytes: number; draft: NewPetDraft }> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, tokenSigningKey(), {
      algorithms: ["HS256"],
      issuer: TOKEN_ISSUER,
      audience: UPLOAD_TOKEN_AUDIENCE,
      requiredClaims: ["exp", "iat"],
    }));
  } catch (e) {
    if (e instanceof errors.JWTExpired) throw new AppError("unauthorized", "The upload permission has expired. Start the upload again.");
    throw new AppError("unauthorized", "That upload token is not valid.");
  }
  if (payload.key !== key || typeof payload.img !== "string") throw new AppError("forbidden", "That upload token is for another file.");
  const draft = signedDraft.safeParse(payload.pet);
  if (!draft.success) throw new AppError("unauthorized", "That upload token is not valid.");
  return { imageId: payload.img, maxBytes: Number(payload.max), draft: draft.data };
}
