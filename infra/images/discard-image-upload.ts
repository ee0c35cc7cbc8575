import "server-only";
// A refused or dead upload keeps nothing in storage: the original and any thumbnails already written are
// deleted (deleting a missing object is fine, so this is idempotent). The ImageUpload and ImageStep rows stay,
// so the admin page can still say what happened and why.
import { THUMBNAIL_SIZES, originalKey, thumbnailKey } from "../../core/images/image-rules";
import type { StoragePort } from "../../core/images/storage-port";

export async function discardImageUpload(storage: StoragePort, imageId: string): Promise<void> {
  const keys = [originalKey(imageId), ...THUMBNAIL_SIZES.map((size) => thumbnailKey(imageId, size))];
  await Promise.all(keys.map((key) => storage.delete(key)));
}
