// The recursive-trigger guard. ARCH: in the monolith the consumer only takes jobs it was given; here the
// pipeline is *event-driven* — any object written to storage emits "upload completed" — and its own steps
// write objects (thumbnails, the search index). If those events started runs, each thumbnail would get
// thumbnails of its own, forever. So only an original under uploads/<image id>/original starts a run;
// thumbnails/, search/ and anything else is ignored. Pure, so it is tested without storage.
import { THUMBNAIL_SIZES, imageIdSchema, originalKey, thumbnailKey } from "../../core/images/image-rules";

/** The image id when `key` is an uploaded original (which starts the pipeline), otherwise null. */
export function imageIdFromUploadKey(key: string): string | null {
  const m = /^uploads\/([^/]+)\/original$/.exec(key);
  if (!m) return null;
  const parsed = imageIdSchema.safeParse(m[1]);
  // Round-trip through the core rule: a key the core would not have produced is not ours.
  return parsed.success && originalKey(parsed.data) === key ? parsed.data : null;
}

/**
 * The image id of a stored thumbnail (thumbnails/<image id>/<size>.webp), otherwise null. Only the lab bench's
 * recursive-trigger switch uses it: with the guard off, a thumbnail write counts as an upload of its photo.
 */
export function imageIdFromThumbnailKey(key: string): string | null {
  const m = /^thumbnails\/([^/]+)\/\d+\.webp$/.exec(key);
  if (!m) return null;
  const parsed = imageIdSchema.safeParse(m[1]);
  return parsed.success && THUMBNAIL_SIZES.some((s) => thumbnailKey(parsed.data, s) === key) ? parsed.data : null;
}
