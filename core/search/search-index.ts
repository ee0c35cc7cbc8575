// The search index and its ranking rules — one definition used by the monolith (in memory) and by the
// serverless search function (serialized to blob storage, loaded on a cold start).
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from "minisearch";
import { breedName, categoryName, speciesName } from "../i18n/catalog-terms";
import type { SearchDocument } from "./search-document";
import { hasChineseRun, isChineseTerm, splitTerms, type TermPurpose } from "./search-terms";

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

/**
 * The Chinese names of a pet's species, breed and category, indexed beside the English ones. They come from the
 * one map the pages show them from (core/i18n/catalog-terms.ts), so a visitor finds what the page calls the pet;
 * computed while indexing, not stored: the database and the stored fields stay English. A name the map does not
 * know (an admin's own breed) is not indexed twice.
 */
const CHINESE_FIELDS: Record<string, (doc: SearchDocument) => string> = {
  speciesZh: (d) => speciesName(d.species, "zh-CN"),
  breedZh: (d) => breedName(d.breed, "zh-CN"),
  categoryNameZh: (d) => categoryName(d.category, d.categoryName, "zh-CN"),
};
const ENGLISH_OF: Record<string, keyof SearchDocument> = { speciesZh: "species", breedZh: "breed", categoryNameZh: "categoryName" };

/** Bumped whenever what the index holds changes: an artifact of another format is rebuilt, never served. */
export const SEARCH_INDEX_FORMAT = 2;

export function searchIndexOptions(): Options<SearchDocument> {
  return {
    idField: "id",
    fields: ["name", "species", "breed", "categoryName", "description", ...Object.keys(CHINESE_FIELDS)],
    storeFields: [...STORED_FIELDS],
    extractField: (doc, field) => {
      const zh = CHINESE_FIELDS[field];
      if (!zh) return (doc as Record<string, unknown>)[field] as string;
      const text = zh(doc);
      return text === doc[ENGLISH_OF[field]!] ? "" : text;
    },
    tokenize: (text) => splitTerms(text, "index"),
    processTerm: (term) => {
      const t = term.toLowerCase();
      return STOP_WORDS.has(t) || t.length === 0 ? null : t;
    },
  };
}

export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = searchIndexOptions();

/**
 * Ranking: a name match beats a breed/species match (in either language), which beats a description match.
 * Prefixes and typos are English-only: a Chinese bigram is a whole match already, and one character off in
 * Chinese is another word.
 */
export function searchRanking(purpose: TermPurpose = "query"): SearchOptions {
  return {
    boost: { name: 4, breed: 2.5, species: 2.5, breedZh: 2.5, speciesZh: 2.5, categoryName: 1.5, categoryNameZh: 1.5, description: 0.6 },
    tokenize: (text) => splitTerms(text, purpose),
    prefix: (term) => !isChineseTerm(term) && term.length >= 3,
    fuzzy: (term) => (term.length >= 5 && !isChineseTerm(term) ? 0.2 : false),
    combineWith: "AND",
  };
}

export const SEARCH_RANKING: SearchOptions = searchRanking();
const LOOSE_RANKING: SearchOptions = searchRanking("loose-query");

/**
 * The ranked matches of a query: strict first; when that finds nothing and the query has Chinese, once more
 * with its Chinese as single characters (search-terms.ts). Both stores and the function search through this.
 */
export function rankedMatches(mini: MiniSearch<SearchDocument>, q: string): SearchResult[] {
  const strict = mini.search(q, SEARCH_RANKING);
  if (strict.length > 0 || !hasChineseRun(q)) return strict;
  return mini.search(q, LOOSE_RANKING);
}

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
  return JSON.stringify({ version: SEARCH_INDEX_FORMAT, mini: index.mini, docs: Array.from(index.docs.values()) });
}

export function loadSearchIndex(serialized: string): SearchIndex {
  const parsed = JSON.parse(serialized) as { version: number; mini: unknown; docs: StoredDocument[] };
  // An index written by an older build (English only) must not be served as if it knew Chinese: the caller rebuilds.
  if (parsed.version !== SEARCH_INDEX_FORMAT) throw new Error(`search index format ${parsed.version}, expected ${SEARCH_INDEX_FORMAT}`);
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
