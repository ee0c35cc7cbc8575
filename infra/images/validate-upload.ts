import "server-only";
// Checks an uploaded photo before any work is spent on it: size, format detected from the bytes (sharp reads
// only the header here, no decoding) and pixel count. Throws AppError("bad_request") with a reason a person
// understands; the admin page shows it as the alert. Used by the monolith upload route, the serverless
// upload handler and, again, by the thumbnail step (the original in storage is the thing that counts).
import sharp, { type Metadata } from "sharp";
import { AppError } from "../../core/errors/app-error";
import { IMAGE_ERRORS, MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES, isAcceptedType, type AcceptedType } from "../../core/images/image-rules";

export type ValidUpload = { format: AcceptedType; width: number; height: number };

export async function validateUpload(bytes: Buffer): Promise<ValidUpload> {
  if (bytes.length === 0) throw new AppError("bad_request", IMAGE_ERRORS.empty);
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError("payload_too_large", IMAGE_ERRORS.tooLargeFile);
  let meta: Metadata;
  try {
    // limitInputPixels: false only for this header read, so the reason can name the declared dimensions.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError("bad_request", IMAGE_ERRORS.notImage);
  }
  // SVG, GIF, TIFF, HEIF…: not photos we accept. The name "cat.jpg" never matters, only the bytes.
  if (!isAcceptedType(meta.format)) throw new AppError("bad_request", IMAGE_ERRORS.notImage);
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width < 1 || height < 1) throw new AppError("bad_request", IMAGE_ERRORS.damaged);
  if (width * height > MAX_INPUT_PIXELS) throw new AppError("bad_request", IMAGE_ERRORS.tooManyPixels(width, height));
  return { format: meta.format, width, height };
}
