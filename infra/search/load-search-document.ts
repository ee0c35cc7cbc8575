// One pet as a search document (the image pipeline's index step), read the same way as the full load.
import type { SearchDocument } from "../../core/search/search-document";
import { prisma } from "../db/prisma-client";
import { getStorage } from "../storage/get-storage";

export async function loadSearchDocument(petId: number): Promise<SearchDocument | null> {
  const r = await prisma.pet.findUnique({
    where: { id: petId },
    select: {
      id: true,
      name: true,
      species: true,
      breed: true,
      description: true,
      priceCents: true,
      stock: true,
      category: { select: { slug: true, name: true } },
      images: { select: { mediumKey: true }, where: { status: "done" }, orderBy: { position: "asc" }, take: 1 },
    },
  });
  if (!r) return null;
  return {
    id: r.id,
    name: r.name,
    species: r.species,
    breed: r.breed,
    description: r.description,
    category: r.category.slug,
    categoryName: r.category.name,
    priceCents: r.priceCents,
    stock: r.stock,
    thumbnailUrl: r.images[0]?.mediumKey ? getStorage().publicUrl(r.images[0].mediumKey) : null,
  };
}
