// Live per-step status of one upload: polls GET /api/images/{id} until the run is done or failed.
// ARCH: the monolith page shows the same steps for its in-process consumer; here each row is a separate
// function invocation of a durable workflow run, retried and resumed on its own.
import { useEffect, useState } from "react";

type StepDto = { step: string; status: string; attempts: number; durationMs: number | null; error: string | null };
export type ImageStatus = { id: string; petName: string; status: string; error: string | null; petId: number | null; thumbnailUrl: string | null; steps: StepDto[] };

const STEP_LABELS: Record<string, string> = {
  thumbnail: "Make thumbnails",
  store: "Store thumbnails",
  metadata: "Write metadata row",
  index: "Update search index",
};

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

const BADGE: Record<string, string> = {
  queued: "bg-stone-100 text-stone-600",
  running: "bg-amber-100 text-amber-800",
  done: "bg-emerald-100 text-emerald-800",
  failed: "bg-rose-100 text-rose-800",
};

export function PipelineSteps({ status }: { status: ImageStatus }) {
  return (
    <ol className="space-y-2" aria-label="Processing steps">
      {status.steps.map((s) => (
        <li key={s.step} className="flex flex-wrap items-center gap-3 rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm" data-step={s.step} data-status={s.status}>
          <span className="w-44 font-medium text-stone-800">{STEP_LABELS[s.step] ?? s.step}</span>
          <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${BADGE[s.status] ?? BADGE.queued}`}>{s.status}</span>
          <span className="text-xs text-stone-500">
            function pipeline:{s.step}
            {s.attempts > 1 ? ` · ${s.attempts} attempts` : ""}
            {s.durationMs !== null ? ` · ${Math.round(s.durationMs)} ms` : ""}
          </span>
          {s.error ? <span className="w-full text-xs text-rose-700">{s.error}</span> : null}
        </li>
      ))}
    </ol>
  );
}
