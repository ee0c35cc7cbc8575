// Reads the catalog as search documents (for building the index in either architecture).
import type { SearchDocument } from "../../core/search/search-document";
import { prisma } from "../db/prisma-client";
import { getStorage } from "../storage/get-storage";

export async function loadSearchDocuments(): Promise<SearchDocument[]> {
  const rows = await prisma.pet.findMany({
    select: {
      id: true, name: true, species: true, breed: true, description: true, priceCents: true, stock: true,
      category: { select: { slug: true, name: true } },
      images: { select: { mediumKey: true }, where: { status: "done" }, orderBy: { position: "asc" }, take: 1 },
    },
  });
  const storage = getStorage();
  return rows.map((r) => ({
    id: r.id, name: r.name, species: r.species, breed: r.breed, description: r.description,
    category: r.category.slug, categoryName: r.category.name, priceCents: r.priceCents, stock: r.stock,
    thumbnailUrl: r.images[0]?.mediumKey ? storage.publicUrl(r.images[0].mediumKey) : null,
  }));
}

/** A cheap fingerprint of the catalog: changes whenever a pet is added, removed or updated. */
export async function catalogVersion(): Promise<string> {
  const agg = await prisma.pet.aggregate({ _max: { updatedAt: true }, _count: { _all: true } });
  return `${agg._count._all}:${agg._max.updatedAt?.getTime() ?? 0}`;
}
