import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "../../core/images/image-rules";
import { EMPTY, SVG, TEXT_AS_JPG, makeJpeg, makePixelBomb, makeTruncatedJpeg } from "../../tests/images/image-fixtures";
import { makeThumbnails } from "./make-thumbnails";
import { validateUpload } from "./validate-upload";

describe("makeThumbnails", () => {
  it("makes 160/480/960 px WebP thumbnails, orientation applied, metadata stripped", async () => {
    // 1200 × 900 stored, EXIF orientation 6 (rotate 90°): it displays as 900 × 1200.
    const set = await makeThumbnails(await makeJpeg(1200, 900, 6));
    expect(set).toMatchObject({ width: 900, height: 1200 });
    expect(set.thumbnails.map((t) => [t.size, t.width, t.height])).toEqual([
      [160, 120, 160],
      [480, 360, 480],
      [960, 720, 960],
    ]);
    for (const t of set.thumbnails) {
      const meta = await sharp(t.body).metadata();
      expect(meta.format).toBe("webp");
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
  });

  it("never enlarges a small photo", async () => {
    const set = await makeThumbnails(await makeJpeg(300, 200));
    expect(set.thumbnails.map((t) => t.width)).toEqual([160, 300, 300]);
  });

  it.each([
    ["a text file renamed .jpg", () => TEXT_AS_JPG, "That file is not a JPEG, PNG or WebP image."],
    ["an SVG", () => SVG, "That file is not a JPEG, PNG or WebP image."],
    ["an empty file", () => EMPTY, "The file is empty."],
    ["a truncated JPEG", makeTruncatedJpeg, "The image file is damaged or incomplete."],
    ["a 20,000 × 20,000 PNG (pixel bomb)", () => makePixelBomb(), "The image is too large (20000 × 20000 pixels; at most 40 megapixels)."],
    ["a file over 10 MB", () => Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0xff), "The file is too large (at most 10 MB)."],
  ])("refuses %s with a clear reason", async (_label, make, reason) => {
    const bytes = await make();
    await expect(makeThumbnails(bytes)).rejects.toThrow(reason);
  });

  it("the upload check reads only the header: a truncated JPEG passes it and fails at the thumbnail step", async () => {
    await expect(validateUpload(await makeTruncatedJpeg())).resolves.toMatchObject({ format: "jpeg", width: 1600 });
  });
});
