// Local-file object storage under <data>/blobs, served by app/api/blob/[...key]/route.ts.
import { mkdir, readFile, rm, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../core/errors/app-error";
import { isSafeStorageKey, type StoragePort, type StoredObject } from "../../core/images/storage-port";
import { dataDir } from "../database-url";

const CONTENT_TYPES: Record<string, string> = {
  ".webp": "image/webp",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".json": "application/json",
  ".gz": "application/gzip",
};

export function contentTypeFor(key: string): string {
  return CONTENT_TYPES[path.extname(key).toLowerCase()] ?? "application/octet-stream";
}

export function createLocalStorage(root: string = path.join(dataDir(), "blobs")): StoragePort {
  const fileFor = (key: string) => {
    if (!isSafeStorageKey(key)) throw new AppError("bad_request", "That storage key is not allowed.");
    return path.join(/*turbopackIgnore: true*/ root, key);
  };
  return {
    kind: "local",
    async put(key, body) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename: a reader never sees a half-written object.
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, body);
      await rename(tmp, file);
      return { key, url: `/api/blob/${key}` };
    },
    async get(key): Promise<StoredObject | null> {
      try {
        const body = await readFile(fileFor(key));
        return { body, contentType: contentTypeFor(key), size: body.length };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async delete(key) {
      await rm(fileFor(key), { force: true });
    },
    publicUrl(key) {
      return `/api/blob/${key}`;
    },
  };
}
