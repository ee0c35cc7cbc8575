// Reads the catalog as search documents (for building the index in either architecture).
import type { SearchDocument } from "../../core/search/search-document";
import type { Prisma } from "@prisma/client";
import type { StoragePort } from "../../core/images/storage-port";
import { prisma } from "../db/prisma-client";
import { getStorage } from "../storage/get-storage";

/** The columns a search document is made of (one definition for the full load and the one-pet read). */
export const SEARCH_DOCUMENT_SELECT = {
  id: true,
  name: true,
  species: true,
  breed: true,
  description: true,
  priceCents: true,
  stock: true,
  category: { select: { slug: true, name: true } },
  images: { select: { mediumKey: true }, where: { status: "done" }, orderBy: { position: "asc" }, take: 1 },
} satisfies Prisma.PetSelect;

type SearchDocumentRow = Prisma.PetGetPayload<{ select: typeof SEARCH_DOCUMENT_SELECT }>;

export function toSearchDocument(r: SearchDocumentRow, storage: Pick<StoragePort, "publicUrl">): SearchDocument {
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
    thumbnailUrl: r.images[0]?.mediumKey ? storage.publicUrl(r.images[0].mediumKey) : null,
  };
}

/** Every pet, or only those changed at or after `changedSince` (for an incremental index update). */
export async function loadSearchDocuments(changedSince?: Date): Promise<SearchDocument[]> {
  const storage = getStorage();
  const docs: SearchDocument[] = [];
  // In pages by id: Prisma reads the pictures of a page with one `IN (…)` of its pet ids, and SQLite refuses more
  // than 32,766 variables in one statement (a 100,000-pet catalog in one read fails with "too many SQL variables").
  for (let after = 0; ;) {
    const rows = await prisma.pet.findMany({
      where: { id: { gt: after }, ...(changedSince ? { updatedAt: { gte: changedSince } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      select: SEARCH_DOCUMENT_SELECT,
    });
    for (const r of rows) docs.push(toSearchDocument(r, storage));
    if (rows.length < PAGE_SIZE) return docs;
    after = rows[rows.length - 1]!.id;
    // The local SQLite driver answers synchronously, so without this the whole load is one chain of settled
    // promises and no other request (not even the health check) is served until it ends.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// Small enough that one page (the driver and Prisma hold the event loop while they read it) is a short pause for
// the other requests of the process while a large catalog loads.
const PAGE_SIZE = 2_000;

/** How many pets there are and when the latest one changed: the inputs of the catalog fingerprint. */
export async function catalogStamp(): Promise<{ count: number; maxUpdatedAt: Date | null }> {
  const agg = await prisma.pet.aggregate({ _max: { updatedAt: true }, _count: { _all: true } });
  return { count: agg._count._all, maxUpdatedAt: agg._max.updatedAt };
}

/** A cheap fingerprint of the catalog: changes whenever a pet is added, removed or updated. */
export async function catalogVersion(): Promise<string> {
  const { count, maxUpdatedAt } = await catalogStamp();
  return `${count}:${maxUpdatedAt?.getTime() ?? 0}`;
}
