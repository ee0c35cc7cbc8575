import "server-only";
// Step 1 of the pipeline (both architectures): validate the original and render the WebP thumbnails.
// Pure function of the bytes, so running it twice gives the same output (idempotent by construction).
//
// Concurrency: sharp's own thread pool is set to 1 per photo, and callers keep at most 2 photos in flight on
// this 2-core machine: ~158 ms CPU per photo, 2 in flight ≈ 10 photos/s, the measured ceiling
// (measured with `npm run bench:pipeline`). More in flight only queues inside libvips and adds memory.
import sharp from "sharp";
import { AppError } from "../../core/errors/app-error";
import { IMAGE_ERRORS, MAX_INPUT_PIXELS, THUMBNAIL_FORMAT, THUMBNAIL_SIZES, type ThumbnailSize } from "../../core/images/image-rules";
import { activeFault } from "../faults/fault-state";
import { validateUpload } from "./validate-upload";

sharp.concurrency(1);
// No libvips operation cache (up to 50 MB by default): every photo is new, so a cache only holds memory.
sharp.cache(false);

export type Thumbnail = { size: ThumbnailSize; body: Buffer; width: number; height: number };
export type ThumbnailSet = { width: number; height: number; thumbnails: Thumbnail[] };

export async function makeThumbnails(original: Buffer): Promise<ThumbnailSet> {
  // The lab bench's "poison image" switch: a photo that fails every attempt — and not as bad input (which is
  // refused at once), but as a crash — so both pipelines retry it and then dead-letter it with this reason.
  if (activeFault("poison-image")) throw new Error("The image decoder crashed on this photo (poison image).");
  await validateUpload(original);
  try {
    // failOn "truncated": a JPEG cut short is refused instead of rendered half grey. limitInputPixels guards the
    // decoder too. rotate() applies the EXIF orientation; WebP output carries no EXIF/GPS (stripped).
    const base = sharp(original, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "truncated" }).rotate();
    // Decode once, then resize the decoded pixels for every size (2/3 of the CPU is the 960 px WebP anyway).
    const { data, info } = await base.raw().toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    const thumbnails = await Promise.all(
      THUMBNAIL_SIZES.map(async (size) => {
        const out = await sharp(data, raw)
          .resize(size, size, { fit: "inside", withoutEnlargement: true })
          .webp({ quality: THUMBNAIL_FORMAT.quality })
          .toBuffer({ resolveWithObject: true });
        return { size, body: out.data, width: out.info.width, height: out.info.height };
      }),
    );
    return { width: info.width, height: info.height, thumbnails };
  } catch (e) {
    if (e instanceof AppError) throw e;
    // The header was fine but the pixels are not: truncated or corrupt data.
    throw new AppError("bad_request", IMAGE_ERRORS.damaged);
  }
}
