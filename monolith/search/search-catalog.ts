import "server-only";
// ARCH: in the monolith, search runs inside the web server process: the index lives in this process's
// memory, built from the database on first use and rebuilt when the catalog fingerprint changes.
import type { SearchDocument } from "../../core/search/search-document";
import { buildSearchIndex, upsertSearchDocument, type SearchIndex } from "../../core/search/search-index";
import { searchPets, type SearchResult } from "../../core/search/search-pets";
import type { SearchQuery } from "../../core/search/search-query-schema";
import { catalogVersion, loadSearchDocuments } from "../../infra/search/load-search-documents";

type Cached = { version: string; index: SearchIndex };
const holder = globalThis as unknown as { __monolithSearch?: Cached; __monolithSearchBuilding?: Promise<Cached> };

async function currentIndex(): Promise<SearchIndex> {
  const version = await catalogVersion();
  const cached = holder.__monolithSearch;
  if (cached && cached.version === version) return cached.index;
  // One rebuild at a time: concurrent searches wait for the same build.
  holder.__monolithSearchBuilding ??= (async () => {
    const index = buildSearchIndex(await loadSearchDocuments());
    const fresh = { version, index };
    holder.__monolithSearch = fresh;
    return fresh;
  })().finally(() => {
    holder.__monolithSearchBuilding = undefined;
  });
  return (await holder.__monolithSearchBuilding).index;
}

export async function searchCatalog(query: SearchQuery): Promise<SearchResult> {
  return searchPets(await currentIndex(), query);
}

/**
 * The image pipeline's index step (monolith): brings the in-process index up to date now — the consumer pays
 * the rebuild, not the next searcher — and makes sure this pet is in it. Idempotent: upserting twice is a no-op.
 */
export async function indexSearchPet(doc: SearchDocument): Promise<void> {
  upsertSearchDocument(await currentIndex(), doc);
}
