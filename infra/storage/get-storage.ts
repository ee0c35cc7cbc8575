// Picks the storage adapter once per process: Vercel Blob when BLOB_READ_WRITE_TOKEN is set, otherwise
// files under the data folder (the embedded default).
import { env } from "../../core/config/env";
import type { StoragePort } from "../../core/images/storage-port";
import { activeFault } from "../faults/fault-state";
import { createLocalStorage } from "./local-storage";
import { tracedStorage } from "./traced-storage";
import { createVercelBlobStorage } from "./vercel-blob-storage";

let storage: StoragePort | undefined;

export function getStorage(): StoragePort {
  const { BLOB_READ_WRITE_TOKEN: token, BLOB_PUBLIC_BASE_URL: publicBaseUrl } = env();
  // Traced: every operation shows in the architecture lens as a "storage" span.
  storage ??= tracedStorage(outageAware(token ? createVercelBlobStorage({ token, publicBaseUrl }) : createLocalStorage()));
  return storage;
}

/** Thrown while the outage lasts; the pipelines retry it with a long backoff (it is not the photo's fault). */
export class StorageUnavailableError extends Error {
  constructor() {
    super("Object storage is unavailable (storage outage).");
    this.name = "StorageUnavailableError";
  }
}

/** True for the outage's error, also after it crossed a serialisation boundary (the name and message survive). */
export function isStorageUnavailable(e: unknown): boolean {
  return e instanceof Error && (e.name === "StorageUnavailableError" || e.message.includes("Object storage is unavailable"));
}

/**
 * The lab bench's "storage outage" switch: while it is on, every read, write and delete of the public bucket
 * (thumbnails/, seed/, search/) fails like a storage service that is down. Originals under uploads/ live in
 * the upload bucket, which stays up: the upload is accepted and queued, the pipeline cannot finish it until
 * the outage ends (the thumbnails cannot be stored), then it does, once.
 */
export function outageAware(inner: StoragePort): StoragePort {
  const check = (key: string) => {
    if (!key.startsWith("uploads/") && activeFault("storage-outage")) throw new StorageUnavailableError();
  };
  return {
    kind: inner.kind,
    put: async (key, body, contentType) => (check(key), inner.put(key, body, contentType)),
    get: async (key) => (check(key), inner.get(key)),
    delete: async (key) => (check(key), inner.delete(key)),
    publicUrl: (key) => inner.publicUrl(key),
  };
}
