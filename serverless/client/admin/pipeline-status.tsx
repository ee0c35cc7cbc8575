// Live per-step status of one upload: polls GET /api/images/{id} until the run is done or failed.
// ARCH: the monolith page shows the same steps for its in-process consumer; here each row is a separate
// function invocation of a durable workflow run, retried and resumed on its own.
import { useState } from "react";
import { usePolling } from "@/components/use-polling";
import type { ImageStatusDto } from "@/core/images/image-status-dto";

export type ImageStatus = ImageStatusDto;

const POLL_MS = 400;

export function usePipelineStatus(imageId: string | null): ImageStatus | null {
  const [status, setStatus] = useState<ImageStatus | null>(null);
  usePolling(
    async (active) => {
      const res = await fetch(`/api/images/${imageId}`, { cache: "no-store" });
      if (!res.ok) return true;
      const next = (await res.json()) as ImageStatus;
      if (!active()) return false;
      setStatus(next);
      return next.status !== "done" && next.status !== "failed";
    },
    POLL_MS,
    { enabled: imageId !== null, restartKey: imageId },
  );
  return imageId ? status : null;
}
