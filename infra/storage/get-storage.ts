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

/** The lab bench's "storage outage" switch: while it is on, every read, write and delete fails like a storage service that is down. */
export function outageAware(inner: StoragePort): StoragePort {
  const check = () => {
    if (activeFault("storage-outage")) throw new Error("Object storage is unavailable (storage outage).");
  };
  return {
    kind: inner.kind,
    put: async (key, body, contentType) => (check(), inner.put(key, body, contentType)),
    get: async (key) => (check(), inner.get(key)),
    delete: async (key) => (check(), inner.delete(key)),
    publicUrl: (key) => inner.publicUrl(key),
  };
}
