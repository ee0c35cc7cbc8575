// What GET /api/images/{id} answers and the admin pages show: an upload's status and each step's status,
// attempts, timings and error. Plain data (no Prisma rows), the same for both architectures.
import type { PipelineStep, StepStatus } from "./image-rules";

export type ImageStepDto = {
  step: PipelineStep;
  status: StepStatus;
  attempts: number;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  error: string | null;
};

export type ImageStatusDto = {
  id: string;
  via: string;
  petName: string;
  status: StepStatus;
  error: string | null;
  petId: number | null;
  thumbnailUrl: string | null;
  createdAt: string;
  steps: ImageStepDto[];
};

/** Still moving: a page keeps polling/refreshing while this is true. */
export function isImageInProgress(status: StepStatus): boolean {
  return status === "queued" || status === "running" || status === "waiting";
}
