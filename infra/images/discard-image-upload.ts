import "server-only";
// A refused or dead upload keeps nothing in storage: the original and any thumbnails already written are
// deleted (deleting a missing object is fine, so this is idempotent). The ImageUpload and ImageStep rows stay,
// so the admin page can still say what happened and why.
// An upload given up because object storage stayed down cannot delete its thumbnails from it: those deletes are
// skipped (the thumbnails under the id are never shown without an Image row) rather than keep the dead letter
// from being recorded.
import { THUMBNAIL_SIZES, originalKey, thumbnailKey } from "../../core/images/image-rules";
import type { StoragePort } from "../../core/images/storage-port";
import { isStorageUnavailable } from "../storage/get-storage";

export async function discardImageUpload(storage: StoragePort, imageId: string): Promise<void> {
  const keys = [originalKey(imageId), ...THUMBNAIL_SIZES.map((size) => thumbnailKey(imageId, size))];
  const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected" && !isStorageUnavailable(r.reason));
  if (failed) throw failed.reason;
}
