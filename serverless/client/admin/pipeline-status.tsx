// Live per-step status of one upload: polls GET /api/images/{id} until the run is done or failed.
// ARCH: the monolith page shows the same steps for its in-process consumer; here each row is a separate
// function invocation of a durable workflow run, retried and resumed on its own.
import { useEffect, useState } from "react";
import type { ImageStatusDto } from "@/core/images/image-status-dto";

export type ImageStatus = ImageStatusDto;

const POLL_MS = 400;

export function usePipelineStatus(imageId: string | null): ImageStatus | null {
  const [status, setStatus] = useState<ImageStatus | null>(null);
  useEffect(() => {
    if (!imageId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const res = await fetch(`/api/images/${imageId}`, { cache: "no-store" });
        if (res.ok) {
          const next = (await res.json()) as ImageStatus;
          if (stopped) return;
          setStatus(next);
          if (next.status === "done" || next.status === "failed") return;
        }
      } catch {
        // a dropped poll is retried on the next tick
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [imageId]);
  return imageId ? status : null;
}
