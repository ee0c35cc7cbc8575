import "server-only";
// Monolith "Add pet": the form's fields and photo arrive in one multipart post. The photo is checked (cheap
// header read) before anything is written, the original is stored, and the upload plus its job row are
// written in one transaction; the in-process consumer takes it from there.
// ARCH: the monolith receives the file itself and queues a row in its own database; the serverless store
// uploads straight to blob storage from the browser and the upload event starts a workflow run.
import { randomUUID } from "node:crypto";
import { originalKey } from "../../core/images/image-rules";
import { prisma } from "../../infra/db/prisma-client";
import { admitFormUpload, type AddPetFields } from "../../infra/images/admit-form-upload";
import { createImageUpload } from "../../infra/images/create-image-upload";
import { getStorage } from "../../infra/storage/get-storage";
import { handOffOriginal } from "./original-hand-off";

export type { AddPetFields };

export async function enqueueImageJob(fields: AddPetFields): Promise<{ imageId: string }> {
  // A refused photo writes nothing: no original, no upload row, no job.
  const { draft, bytes } = await admitFormUpload(fields);

  const imageId = randomUUID();
  const key = originalKey(imageId);
  await getStorage().put(key, bytes, "application/octet-stream");
  try {
    await prisma.$transaction(async (tx) => {
      await createImageUpload({ imageId, via: "monolith", draft, originalKey: key }, tx);
      await tx.imageJob.create({ data: { imageId } });
    });
  } catch (e) {
    await getStorage()
      .delete(key)
      .catch(() => undefined);
    throw e;
  }
  handOffOriginal(imageId, bytes); // the consumer in this process need not read it back (original-hand-off.ts)
  wakeImageConsumer();
  return { imageId };
}

/** Nudges the running consumer so a new job starts at once instead of at the next poll. */
function wakeImageConsumer(): void {
  (globalThis as { __imageConsumerWake?: () => void }).__imageConsumerWake?.();
}
