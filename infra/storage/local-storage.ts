// Local-file object storage under <data>/blobs, served by app/api/blob/[...key]/route.ts.
import { mkdir, readFile, rm, rmdir, writeFile, rename } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { AppError } from "../../core/errors/app-error";
import { isSafeStorageKey, type StoragePort, type StoredObject } from "../../core/images/storage-port";
import { dataDir } from "../database-url";
import { contentTypeFor } from "./content-type-for";

// Re-exported for callers that imported it from here before it moved to its own file.
export { contentTypeFor };

export function createLocalStorage(root: string = path.join(dataDir(), "blobs")): StoragePort {
  const fileFor = (key: string) => {
    if (!isSafeStorageKey(key)) throw AppError.of("bad_request", "upload.storageKey");
    return path.join(/*turbopackIgnore: true*/ root, key);
  };
  return {
    kind: "local",
    async put(key, body) {
      const file = fileFor(key);
      // Write then rename: a reader never sees a half-written object. A concurrent delete may remove the
      // folder between mkdir and the write (it prunes empty folders), so one retry recreates it.
      const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
      for (let attempt = 1; ; attempt++) {
        try {
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(tmp, body);
          await rename(tmp, file);
          break;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== "ENOENT" || attempt >= 3) throw e;
        }
      }
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
      const file = fileFor(key);
      await rm(file, { force: true });
      // Object stores have no folders: drop the ones a delete leaves empty (health probes, discarded uploads),
      // stopping at the first that still holds something.
      for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
        try {
          await rmdir(dir);
        } catch {
          break;
        }
      }
    },
    publicUrl(key) {
      return `/api/blob/${key}`;
    },
  };
}
