import "server-only";
// Monolith "Add pet": the form's fields and photo arrive in one multipart post. The photo is checked (cheap
// header read) before anything is written, the original is stored, and the upload plus its job row are
// written in one transaction; the in-process consumer takes it from there.
// ARCH: the monolith receives the file itself and queues a row in its own database; the serverless store
// uploads straight to blob storage from the browser and the upload event starts a workflow run.
import { randomUUID } from "node:crypto";
import { AppError } from "../../core/errors/app-error";
import { originalKey } from "../../core/images/image-rules";
import { admitNewPet } from "../../infra/catalog/admit-new-pet";
import { prisma } from "../../infra/db/prisma-client";
import { createImageUpload } from "../../infra/images/create-image-upload";
import { validateUpload } from "../../infra/images/validate-upload";
import { getStorage } from "../../infra/storage/get-storage";
import { handOffOriginal } from "./original-hand-off";

export type AddPetFields = { name: unknown; category: unknown; price: unknown; stock: unknown; image: unknown };

export async function enqueueImageJob(fields: AddPetFields): Promise<{ imageId: string }> {
  const { draft } = await admitNewPet(fields);
  if (!(fields.image instanceof Blob) || fields.image.size === 0) {
    throw new AppError("bad_request", fields.image instanceof Blob ? "The file is empty." : "Choose a photo.", { field: "image" });
  }
  const bytes = Buffer.from(await fields.image.arrayBuffer());
  // A refused photo writes nothing: no original, no upload row, no job (the thumbnail step checks again).
  await validateUpload(bytes);

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
