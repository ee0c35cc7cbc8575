import "server-only";
// The upload's overall status (the admin list shows it): queued → running → done | failed, with the reason.
import type { StepStatus } from "../../core/images/image-rules";
import { prisma } from "../db/prisma-client";

export async function recordImageUploadStatus(imageId: string, status: StepStatus, error?: string | null): Promise<void> {
  await prisma.imageUpload.updateMany({ where: { id: imageId }, data: { status, error: error ?? null } });
}
