"use client";
// One upload's live status in both stores' "Add pet" forms: asks `load` (each store's read of GET /api/images/{id})
// every 400 ms until the upload is done or failed. Null until the first answer for this id. The answer is shared;
// what runs the steps behind it is not (the monolith's in-process consumer, the serverless store's durable run).
import { useState } from "react";
import { isImageInProgress, type ImageStatusDto } from "../core/images/image-status-dto";
import { usePolling } from "./use-polling";

const POLL_MS = 400;

/** `load` answers null while the status cannot be read (the next poll tries again). */
export function useImageStatus(imageId: string | null, load: (imageId: string) => Promise<ImageStatusDto | null>): ImageStatusDto | null {
  const [seen, setSeen] = useState<{ imageId: string; status: ImageStatusDto } | null>(null);
  usePolling(
    async (active) => {
      if (imageId === null) return false;
      const status = await load(imageId);
      if (!status) return true;
      if (!active()) return false;
      setSeen({ imageId, status });
      return isImageInProgress(status.status);
    },
    POLL_MS,
    { enabled: imageId !== null, restartKey: imageId },
  );
  // Keyed by id: a new upload never shows the previous one's steps while its first answer is on the way.
  return seen && seen.imageId === imageId ? seen.status : null;
}
