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

/**
 * The prefixes a browser may read: the seed's pictures and the thumbnails the pipeline renders (EXIF stripped).
 * Everything else is private — above all uploads/<id>/original, the photo exactly as sent (GPS and all), whose
 * id is in every public thumbnail URL — and the blob route answers 404 for it.
 */
export const PUBLIC_STORAGE_PREFIXES = ["seed/", "thumbnails/"] as const;

export function isPublicStorageKey(key: string): boolean {
  return isSafeStorageKey(key) && PUBLIC_STORAGE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** A key as the lens may show it: an uploaded original is named only by its prefix, never by its image id. */
export function lensStorageKey(key: string): string {
  return key.startsWith("uploads/") ? "uploads/(private)" : key;
}
