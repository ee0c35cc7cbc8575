import "server-only";
// Recent uploads for an admin page, newest first, with their status and failure reason (dead-lettered ones too).
import { getImageStatus, type ImageStatusDto } from "./get-image-status";
import { prisma } from "../db/prisma-client";
import type { Mode } from "../../core/architecture/mode";

export async function listImageUploads(via: Mode, limit = 10): Promise<ImageStatusDto[]> {
  const rows = await prisma.imageUpload.findMany({ where: { via }, orderBy: { createdAt: "desc" }, take: limit, select: { id: true } });
  const all = await Promise.all(rows.map((r) => getImageStatus(r.id)));
  return all.filter((s): s is ImageStatusDto => s !== null);
}
