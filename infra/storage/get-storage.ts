// Picks the storage adapter once per process: Vercel Blob when BLOB_READ_WRITE_TOKEN is set, otherwise
// files under the data folder (the embedded default).
import type { StoragePort } from "../../core/images/storage-port";
import { createLocalStorage } from "./local-storage";
import { createVercelBlobStorage } from "./vercel-blob-storage";

let storage: StoragePort | undefined;

export function getStorage(): StoragePort {
  const token = process.env.BLOB_READ_WRITE_TOKEN;
  storage ??= token ? createVercelBlobStorage({ token, publicBaseUrl: process.env.BLOB_PUBLIC_BASE_URL }) : createLocalStorage();
  return storage;
}
