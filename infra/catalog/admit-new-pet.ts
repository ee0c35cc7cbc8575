import "server-only";
// Admits a new pet (core/catalog/new-pet-admission.ts) with the category looked up in the database.
import { checkNewPetCategory, parseNewPet, type NewPetFields } from "../../core/catalog/new-pet-admission";
import type { NewPetDraft } from "../../core/images/image-rules";
import { prisma } from "../db/prisma-client";

export async function admitNewPet(fields: NewPetFields): Promise<{ draft: NewPetDraft; categoryId: number }> {
  const draft = parseNewPet(fields);
  const category = await prisma.category.findUnique({ where: { slug: draft.categorySlug }, select: { id: true } });
  return { draft, categoryId: checkNewPetCategory(category?.id ?? null) };
}
