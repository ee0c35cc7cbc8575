// Picks the storage adapter once per process: Vercel Blob when BLOB_READ_WRITE_TOKEN is set, otherwise
// files under the data folder (the embedded default).
import type { StoragePort } from "../../core/images/storage-port";
import { createLocalStorage } from "./local-storage";
import { tracedStorage } from "./traced-storage";
import { createVercelBlobStorage } from "./vercel-blob-storage";

let storage: StoragePort | undefined;

export function getStorage(): StoragePort {
  const token = process.env.BLOB_READ_WRITE_TOKEN;
  // Traced: every operation shows in the architecture lens as a "storage" span.
  storage ??= tracedStorage(token ? createVercelBlobStorage({ token, publicBaseUrl: process.env.BLOB_PUBLIC_BASE_URL }) : createLocalStorage());
  return storage;
}
