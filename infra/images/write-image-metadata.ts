import "server-only";
// Step 3: create the Pet (from the draft the form left in ImageUpload) and its Image row, in one transaction.
// This is the only place either row is written, so a refused or failed upload adds nothing to the catalog.
// Idempotent, keyed by the image id: the Image row's primary key IS the image id, so a second delivery finds
// the row and returns the pet created the first time instead of creating another.
import { AppError } from "../../core/errors/app-error";
import { newPetDraftSchema, type ThumbnailSize } from "../../core/images/image-rules";
import { prisma } from "../db/prisma-client";
import { noteCatalogChanged } from "../catalog/catalog-changes";

export type ImageMetadataInput = {
  imageId: string;
  width: number;
  height: number;
  keys: Record<ThumbnailSize, string>;
};

export async function writeImageMetadata(input: ImageMetadataInput): Promise<{ petId: number; created: boolean }> {
  try {
    const written = await prisma.$transaction(async (tx) => {
      const existing = await tx.image.findUnique({ where: { id: input.imageId }, select: { petId: true } });
      if (existing?.petId) return { petId: existing.petId, created: false };

      const upload = await tx.imageUpload.findUnique({ where: { id: input.imageId } });
      if (!upload) throw AppError.of("not_found", "upload.gone");
      const draft = newPetDraftSchema.parse(JSON.parse(upload.draft) as unknown);
      const category = await tx.category.findUnique({ where: { slug: draft.categorySlug }, select: { id: true, name: true } });
      if (!category) throw AppError.of("bad_request", "upload.categoryGone");

      const pet = await tx.pet.create({
        data: {
          name: draft.name,
          // The admin form asks only for what the contract names; the rest gets honest defaults.
          species: category.name.replace(/s$/, ""),
          breed: "Mixed",
          description: `${draft.name} is a new arrival at the store.`,
          priceCents: draft.priceCents,
          stock: draft.stock,
          categoryId: category.id,
        },
        select: { id: true },
      });
      await tx.image.create({
        data: {
          id: input.imageId,
          petId: pet.id,
          originalKey: upload.originalKey,
          smallKey: input.keys[160],
          mediumKey: input.keys[480],
          largeKey: input.keys[960],
          width: input.width,
          height: input.height,
          status: "done",
        },
      });
      await tx.imageUpload.update({ where: { id: input.imageId }, data: { petId: pet.id } });
      return { petId: pet.id, created: true };
    });
    if (written.created) noteCatalogChanged(); // a new pet: catalog caches must show it
    return written;
  } catch (e) {
    // Two deliveries racing: the loser hits the Image primary key; the winner's pet is the answer.
    if ((e as { code?: string }).code === "P2002") {
      const row = await prisma.image.findUnique({ where: { id: input.imageId }, select: { petId: true } });
      if (row?.petId) return { petId: row.petId, created: false };
    }
    throw e;
  }
}
