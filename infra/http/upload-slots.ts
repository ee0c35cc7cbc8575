// At most a few photo uploads are read and processed at once in this process. Each may hold up to 10 MiB in
// memory while it is read (and sharp more while it is checked): thirty students sending at the same moment must
// not add up to a laptop's memory. The rest are told to try again in a few seconds (429), which a person
// does and the load generator does not need to. Per process on purpose: memory is per process.
import { AppError } from "../../core/errors/app-error";

export const MAX_PARALLEL_UPLOADS = 4;
const RETRY_AFTER_SECONDS = 5;

const holder = globalThis as unknown as { __uploadSlotsInUse?: number };

/** A slot, or AppError 429 when all are taken. Call the returned function exactly once when done. */
export function takeUploadSlot(limit = MAX_PARALLEL_UPLOADS): () => void {
  const inUse = holder.__uploadSlotsInUse ?? 0;
  if (inUse >= limit) {
    throw AppError.of(
      "rate_limited",
      "upload.tooMany",
      { seconds: RETRY_AFTER_SECONDS },
      {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      },
    );
  }
  holder.__uploadSlotsInUse = inUse + 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holder.__uploadSlotsInUse = Math.max(0, (holder.__uploadSlotsInUse ?? 1) - 1);
  };
}

/** Slots in use now (tests). */
export function uploadSlotsInUse(): number {
  return holder.__uploadSlotsInUse ?? 0;
}
