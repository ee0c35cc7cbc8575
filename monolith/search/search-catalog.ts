import "server-only";
// ARCH: in the monolith, search runs inside the web server process: the index lives in this process's
// memory, built from the database on first use and brought up to date when the catalog fingerprint
// changes — incrementally (only pets changed since the last look; every purchase changes a stock), with a
// full rebuild only when the pet count says something was removed.
import type { SearchDocument } from "../../core/search/search-document";
import { buildSearchIndexInSlices, upsertSearchDocument, type SearchIndex } from "../../core/search/search-index";
import { searchPets, type SearchResult } from "../../core/search/search-pets";
import type { SearchQuery } from "../../core/search/search-query-schema";
import { activeFault, faultSleep } from "../../infra/faults/fault-state";
import { catalogStamp, loadSearchDocuments } from "../../infra/search/load-search-documents";
import { cachedCatalogRead } from "../catalog/catalog-cache";

type Cached = { version: string; index: SearchIndex; maxUpdatedAt: Date | null };
const holder = globalThis as unknown as { __monolithSearch?: Cached; __monolithSearchBuilding?: Promise<Cached> };

async function refresh(cached: Cached | undefined): Promise<Cached> {
  // The fingerprint read goes through the catalog cache: a purchase or a new pet here empties it at once.
  const stamp = await cachedCatalogRead("search-stamp", catalogStamp);
  const version = `${stamp.count}:${stamp.maxUpdatedAt?.getTime() ?? 0}`;
  if (cached && cached.version === version) return cached;
  if (cached && cached.maxUpdatedAt) {
    // `gte`: a pet changed in the same millisecond as the last one we saw is read again (upserts are idempotent).
    for (const doc of await loadSearchDocuments(cached.maxUpdatedAt)) upsertSearchDocument(cached.index, doc);
    if (cached.index.docs.size === stamp.count) return { version, index: cached.index, maxUpdatedAt: stamp.maxUpdatedAt };
  }
  return { version, index: await buildSearchIndexInSlices(await loadSearchDocuments()), maxUpdatedAt: stamp.maxUpdatedAt };
}

async function currentIndex(): Promise<SearchIndex> {
  const cached = holder.__monolithSearch;
  // One update at a time: concurrent searches wait for the same one.
  holder.__monolithSearchBuilding ??= refresh(cached)
    .then((fresh) => {
      holder.__monolithSearch = fresh;
      return fresh;
    })
    .finally(() => {
      holder.__monolithSearchBuilding = undefined;
    });
  return (await holder.__monolithSearchBuilding).index;
}

export async function searchCatalog(query: SearchQuery): Promise<SearchResult> {
  // ARCH: the lab bench's "function timeout" switch makes search slow in both stores; here nothing stops a slow
  // request (twin: serverless/runtime/function-runtime.ts stops the function at its timeout with a 504).
  await faultSleep(activeFault("function-timeout")?.slowMs ?? 0);
  return searchPets(await currentIndex(), query);
}

/**
 * The image pipeline's index step (monolith): brings the in-process index up to date now — the consumer pays
 * the rebuild, not the next searcher — and makes sure this pet is in it. Idempotent: upserting twice is a no-op.
 */
export async function indexSearchPet(doc: SearchDocument): Promise<void> {
  upsertSearchDocument(await currentIndex(), doc);
}
