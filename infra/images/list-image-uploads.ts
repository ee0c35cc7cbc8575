import "server-only";
// Recent uploads for an admin page, newest first, with their status and failure reason (dead-lettered ones too).
import { listImageStatuses, type ImageStatusDto } from "./get-image-status";
import type { Mode } from "../../core/architecture/mode";

export async function listImageUploads(via: Mode, limit = 10): Promise<ImageStatusDto[]> {
  return listImageStatuses({ via }, limit);
}
