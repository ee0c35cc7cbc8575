import "server-only";
// Records a new upload: the pet draft waits in ImageUpload and every step starts "queued". Both architectures
// call it right after the original is stored. Rows only: no Pet or Image row is written here.
import { PIPELINE_STEPS, type NewPetDraft } from "../../core/images/image-rules";
import type { Prisma } from "@prisma/client";
import { prisma } from "../db/prisma-client";
import type { Mode } from "../../core/architecture/mode";

export type NewImageUpload = { imageId: string; via: Mode; draft: NewPetDraft; originalKey: string; runId?: string };

/** Pass `tx` to write it in the caller's transaction (the monolith also queues its job in the same one). */
export async function createImageUpload(upload: NewImageUpload, tx: Prisma.TransactionClient = prisma): Promise<void> {
  await tx.imageUpload.create({
    data: {
      id: upload.imageId,
      via: upload.via,
      draft: JSON.stringify(upload.draft),
      originalKey: upload.originalKey,
      runId: upload.runId,
    },
  });
  await tx.imageStep.createMany({ data: PIPELINE_STEPS.map((step) => ({ imageId: upload.imageId, step })) });
}
