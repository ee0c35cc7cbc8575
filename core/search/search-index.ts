// The search index and its ranking rules — one definition used by the monolith (in memory) and by the
// serverless search function (serialized to blob storage, loaded on a cold start).
import MiniSearch, { type Options, type SearchOptions } from "minisearch";
import type { SearchDocument } from "./search-document";

// Very common words would match a large share of the catalog and make queries slow at scale
// (measured on the seeded catalog): they carry no ranking signal, so they are not indexed.
const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "the",
  "of",
  "to",
  "in",
  "is",
  "it",
  "for",
  "with",
  "on",
  "this",
  "that",
  "who",
  "loves",
  "very",
]);

const STORED_FIELDS = ["id", "name", "species", "breed", "category", "categoryName", "priceCents", "stock", "thumbnailUrl"] as const;

export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = {
  idField: "id",
  fields: ["name", "species", "breed", "categoryName", "description"],
  storeFields: [...STORED_FIELDS],
  processTerm: (term) => {
    const t = term.toLowerCase();
    return STOP_WORDS.has(t) || t.length === 0 ? null : t;
  },
};

/** Ranking: a name match beats a breed/species match, which beats a description match. */
export const SEARCH_RANKING: SearchOptions = {
  boost: { name: 4, breed: 2.5, species: 2.5, categoryName: 1.5, description: 0.6 },
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  combineWith: "AND",
};

export type StoredDocument = Omit<SearchDocument, "description">;

/** The full-text index plus the stored fields of every document (an empty query lists them all). */
export type SearchIndex = { mini: MiniSearch<SearchDocument>; docs: Map<number, StoredDocument> };

function stored(doc: SearchDocument): StoredDocument {
  const { description: _description, ...rest } = doc;
  return rest;
}

export function buildSearchIndex(docs: Iterable<SearchDocument>): SearchIndex {
  const mini = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  const all = Array.from(docs);
  mini.addAll(all);
  return { mini, docs: new Map(all.map((d) => [d.id, stored(d)])) };
}

/**
 * The same index, built in slices with a pause for the event loop between them. A 100,000-pet catalog takes
 * seconds to index; built in one go it would freeze every other request of the process (pages, the health check)
 * for that long. Same documents, same options, same result as `buildSearchIndex`.
 */
export async function buildSearchIndexInSlices(docs: Iterable<SearchDocument>, sliceSize = 1000): Promise<SearchIndex> {
  const mini = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  const all = Array.from(docs);
  await mini.addAllAsync(all, { chunkSize: sliceSize });
  return { mini, docs: new Map(all.map((d) => [d.id, stored(d)])) };
}

export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify({ version: 1, mini: index.mini, docs: Array.from(index.docs.values()) });
}

export function loadSearchIndex(serialized: string): SearchIndex {
  const parsed = JSON.parse(serialized) as { version: number; mini: unknown; docs: StoredDocument[] };
  const mini = MiniSearch.loadJS<SearchDocument>(parsed.mini as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_INDEX_OPTIONS);
  return { mini, docs: new Map(parsed.docs.map((d) => [d.id, d])) };
}

/** Idempotent upsert of one pet (the image pipeline's last step uses it): applying it twice changes nothing. */
export function upsertSearchDocument(index: SearchIndex, doc: SearchDocument): void {
  if (index.mini.has(doc.id)) index.mini.discard(doc.id);
  index.mini.add(doc);
  index.docs.set(doc.id, stored(doc));
}

export function removeSearchDocument(index: SearchIndex, id: number): void {
  if (index.mini.has(id)) index.mini.discard(id);
  index.docs.delete(id);
}
