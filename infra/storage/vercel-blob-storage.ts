// Vercel Blob object storage through the real @vercel/blob SDK, used when BLOB_READ_WRITE_TOKEN is set.
// Keys are used as pathnames verbatim (no random suffix, overwrite allowed): the pipeline derives keys from the
// image id, so a retried step must land on the same object, not beside it.
import { BlobNotFoundError, del, head, put } from "@vercel/blob";
import { isSafeStorageKey, type StoragePort, type StoredObject } from "../../core/images/storage-port";
import { AppError } from "../../core/errors/app-error";
import { contentTypeFor } from "./content-type-for";

export type VercelBlobOptions = {
  token: string;
  /** Where public blobs are served; by default the store's own host, derived from the token. */
  publicBaseUrl?: string;
};

/** vercel_blob_rw_<storeId>_<secret> → https://<storeId>.public.blob.vercel-storage.com */
function storeBaseUrl(token: string): string {
  const storeId = token.split("_")[3] ?? "";
  return `https://${storeId.toLowerCase()}.public.blob.vercel-storage.com`;
}

function checkedKey(key: string): string {
  if (!isSafeStorageKey(key)) throw AppError.of("bad_request", "upload.storageKey");
  return key;
}

export function createVercelBlobStorage({ token, publicBaseUrl }: VercelBlobOptions): StoragePort {
  const base = (publicBaseUrl ?? storeBaseUrl(token)).replace(/\/$/, "");
  return {
    kind: "vercel-blob",
    async put(key, body, contentType) {
      const result = await put(checkedKey(key), body, {
        access: "public",
        token,
        contentType: contentType || contentTypeFor(key),
        addRandomSuffix: false,
        allowOverwrite: true,
        // Thumbnails never change under a key; anything else (index artifacts) may be replaced.
        cacheControlMaxAge: key.startsWith("thumbnails/") || key.startsWith("seed/") ? 31_536_000 : 60,
      });
      return { key, url: result.url };
    },
    async get(key): Promise<StoredObject | null> {
      let url: string;
      try {
        url = (await head(checkedKey(key), { token })).url;
      } catch (e) {
        if (e instanceof BlobNotFoundError) return null;
        throw e;
      }
      // The SDK's get() builds the store's public host itself; fetching the URL head() returned works the same
      // against Vercel and against a local stand-in (VERCEL_BLOB_API_URL) in tests.
      const response = await fetch(url, { cache: "no-store" });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`Blob download failed: ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      return { body, contentType: response.headers.get("content-type") ?? contentTypeFor(key), size: body.length };
    },
    async delete(key) {
      // Deleting a missing blob is not an error for Vercel Blob: deletes stay idempotent.
      await del(`${base}/${checkedKey(key)}`, { token });
    },
    publicUrl(key) {
      return `${base}/${key}`;
    },
  };
}
