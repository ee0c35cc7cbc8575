import "server-only";
// The DTO behind GET /api/images/{id} and the admin pages: the upload's status and each step's status,
// attempts, timings and error. Public on purpose (an image id is an unguessable UUID); it holds no secrets —
// no storage tokens, no draft internals beyond the pet's name.
import { PIPELINE_STEPS, type StepStatus } from "../../core/images/image-rules";
import type { ImageStatusDto, ImageStepDto } from "../../core/images/image-status-dto";
import type { ImageStep, ImageUpload, Prisma } from "@prisma/client";
import { prisma } from "../db/prisma-client";
import { getStorage } from "../storage/get-storage";

export type { ImageStatusDto, ImageStepDto };

const asStatus = (s: string): StepStatus => (s === "running" || s === "waiting" || s === "done" || s === "failed" ? s : "queued");

export async function getImageStatus(imageId: string): Promise<ImageStatusDto | null> {
  const upload = await prisma.imageUpload.findUnique({ where: { id: imageId } });
  if (!upload) return null;
  const [rows, image] = await Promise.all([
    prisma.imageStep.findMany({ where: { imageId } }),
    prisma.image.findUnique({ where: { id: imageId }, select: { smallKey: true } }),
  ]);
  return toImageStatusDto(upload, rows, image);
}

/**
 * Several uploads' statuses in three queries (uploads, their steps, their images) instead of three per upload: the
 * admin page lists the last ten on every render. Newest first, as `where` and `take` select them.
 */
export async function listImageStatuses(where: Prisma.ImageUploadWhereInput, take: number): Promise<ImageStatusDto[]> {
  const uploads = await prisma.imageUpload.findMany({ where, orderBy: { createdAt: "desc" }, take });
  if (uploads.length === 0) return [];
  const ids = uploads.map((u) => u.id);
  const [rows, images] = await Promise.all([
    prisma.imageStep.findMany({ where: { imageId: { in: ids } } }),
    prisma.image.findMany({ where: { id: { in: ids } }, select: { id: true, smallKey: true } }),
  ]);
  return uploads.map((u) =>
    toImageStatusDto(
      u,
      rows.filter((r) => r.imageId === u.id),
      images.find((i) => i.id === u.id),
    ),
  );
}

function toImageStatusDto(upload: ImageUpload, rows: ImageStep[], image: { smallKey: string | null } | null | undefined): ImageStatusDto {
  const byStep = new Map(rows.map((r) => [r.step, r]));
  let petName = "";
  try {
    petName = String((JSON.parse(upload.draft) as { name?: unknown }).name ?? "");
  } catch {
    // A draft that cannot be read still has a status worth showing.
  }
  // A step waiting for object storage makes the whole upload "waiting" (still in progress, not failed).
  const uploadStatus = asStatus(upload.status);
  const waiting = (uploadStatus === "running" || uploadStatus === "queued") && rows.some((r) => r.status === "waiting");
  return {
    id: upload.id,
    via: upload.via,
    petName,
    status: waiting ? "waiting" : uploadStatus,
    error: upload.error,
    petId: upload.petId,
    thumbnailUrl: image?.smallKey ? getStorage().publicUrl(image.smallKey) : null,
    createdAt: upload.createdAt.toISOString(),
    steps: PIPELINE_STEPS.map((step) => {
      const r = byStep.get(step);
      return {
        step,
        status: r ? asStatus(r.status) : "queued",
        attempts: r?.attempts ?? 0,
        startedAt: r?.startedAt?.toISOString() ?? null,
        finishedAt: r?.finishedAt?.toISOString() ?? null,
        durationMs: r?.startedAt && r.finishedAt ? r.finishedAt.getTime() - r.startedAt.getTime() : null,
        error: r?.error ?? null,
      };
    }),
  };
}
