import "server-only";
// One upload as the hybrid's admin page shows it: its per-step status, and which part processed it — the
// monolith's consumer (via "monolith") or the serverless pipeline (via "serverless", with its durable run's id).
import type { ImageStatusDto } from "../../core/images/image-status-dto";
import { prisma } from "../../infra/db/prisma-client";
import { getImageStatus } from "../../infra/images/get-image-status";

export type UploadedImage = { status: ImageStatusDto; ranBy: "consumer" | "pipeline"; runId: string | null };

export async function uploadedImage(imageId: string): Promise<UploadedImage | null> {
  const [status, row] = await Promise.all([
    getImageStatus(imageId),
    prisma.imageUpload.findUnique({ where: { id: imageId }, select: { runId: true } }),
  ]);
  if (!status) return null;
  return { status, ranBy: status.via === "serverless" ? "pipeline" : "consumer", runId: row?.runId ?? null };
}
