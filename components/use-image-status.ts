"use client";
// One upload's live status in both stores' "Add pet" forms: polls GET /api/images/{id} every 400 ms until the
// upload is done or failed. Null until the first answer for this id.
// The endpoint and its answer are shared; what runs the steps behind it is not (the monolith's in-process
// consumer, the serverless store's durable workflow run).
import { useState } from "react";
import { isImageInProgress, type ImageStatusDto } from "../core/images/image-status-dto";
import { usePolling } from "./use-polling";

const POLL_MS = 400;

export function useImageStatus(imageId: string | null): ImageStatusDto | null {
  const [seen, setSeen] = useState<{ imageId: string; status: ImageStatusDto } | null>(null);
  usePolling(
    async (active) => {
      if (imageId === null) return false;
      const res = await fetch(`/api/images/${imageId}`, { cache: "no-store" });
      if (!res.ok) return true;
      const status = (await res.json()) as ImageStatusDto;
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
