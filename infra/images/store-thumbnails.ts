import "server-only";
// Step 2: put the thumbnails into object storage under keys derived from the image id alone, so a repeated
// run overwrites the same objects with the same bytes (idempotent) and never creates a second set.
import { thumbnailKey, type ThumbnailSize } from "../../core/images/image-rules";
import type { StoragePort } from "../../core/images/storage-port";

export type StoredThumbnails = Record<ThumbnailSize, string>;

export async function storeThumbnails(
  storage: StoragePort,
  imageId: string,
  thumbnails: ReadonlyArray<{ size: ThumbnailSize; body: Buffer }>,
): Promise<StoredThumbnails> {
  const keys = {} as StoredThumbnails;
  await Promise.all(
    thumbnails.map(async ({ size, body }) => {
      const key = thumbnailKey(imageId, size);
      await storage.put(key, body, "image/webp");
      keys[size] = key;
    }),
  );
  return keys;
}
