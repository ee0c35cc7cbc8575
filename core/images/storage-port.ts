// Object storage as the app sees it. Two real adapters live in infra/storage: local files under the data
// folder (embedded default) and Vercel Blob (when BLOB_READ_WRITE_TOKEN is set).

export type StoredObject = { body: Buffer; contentType: string; size: number };

export interface StoragePort {
  readonly kind: "local" | "vercel-blob";
  put(key: string, body: Buffer, contentType: string): Promise<{ key: string; url: string }>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
  /** A URL a browser can load the object from. */
  publicUrl(key: string): string;
}

/** Object keys are path-like, lowercase-safe and can never climb out of their folder. */
export function isSafeStorageKey(key: string): boolean {
  return /^[a-z0-9][a-z0-9/_.-]{0,200}$/i.test(key) && !key.includes("..") && !key.includes("//");
}
