// The recursive-trigger guard: only an uploaded original starts the pipeline; the pipeline's own output
// (thumbnails, the search index) and anything malformed never does.
import { describe, expect, it } from "vitest";
import { THUMBNAIL_SIZES, originalKey, thumbnailKey } from "../../core/images/image-rules";
import { imageIdFromThumbnailKey, imageIdFromUploadKey } from "./image-id-from-upload-key";

const id = "0b6a4f3e-9c1d-4e2f-8a7b-1c2d3e4f5a6b";

describe("imageIdFromUploadKey", () => {
  it("starts a run for an uploaded original", () => {
    expect(imageIdFromUploadKey(originalKey(id))).toBe(id);
  });

  it("ignores every thumbnail the pipeline writes (no thumbnail of a thumbnail)", () => {
    for (const size of THUMBNAIL_SIZES) expect(imageIdFromUploadKey(thumbnailKey(id, size))).toBeNull();
  });

  it("ignores the search index artifact and other prefixes", () => {
    for (const key of ["search/index.json", "search/index-meta.json", `seed/${id}.webp`, `thumbnails/${id}/original`]) {
      expect(imageIdFromUploadKey(key)).toBeNull();
    }
  });

  it("ignores look-alike keys that the core would never produce", () => {
    for (const key of [
      `uploads/${id}/original/`,
      `uploads/${id}/original.jpg`,
      `uploads/${id.toUpperCase()}/original`,
      `uploads/../thumbnails/${id}/original`,
      `uploads/not-a-uuid/original`,
      `/uploads/${id}/original`,
      `uploads/${id}/thumbnails/160.webp`,
    ]) {
      expect(imageIdFromUploadKey(key)).toBeNull();
    }
  });
});

describe("imageIdFromThumbnailKey (the recursive-trigger switch only)", () => {
  it("maps each thumbnail back to its photo, and nothing else", () => {
    for (const size of THUMBNAIL_SIZES) expect(imageIdFromThumbnailKey(thumbnailKey(id, size))).toBe(id);
    for (const key of [
      originalKey(id),
      `thumbnails/${id}/123.webp`,
      `thumbnails/${id}/160.png`,
      `thumbnails/../${id}/160.webp`,
      "search/index.json",
    ])
      expect(imageIdFromThumbnailKey(key)).toBeNull();
  });
});
