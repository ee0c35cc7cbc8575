// Runs a validated query against an index: ranking, category and price filters, pagination.
// An empty query lists everything (by name) so the same page works as "browse all".
import { rankedMatches, type SearchIndex, type StoredDocument } from "./search-index";
import type { SearchQuery } from "./search-query-schema";
import { dollarsToCents } from "../money/format-price";

export type SearchHit = StoredDocument & { score: number };

export type SearchResult = { hits: SearchHit[]; total: number; page: number; pageSize: number };

export function searchPets(index: SearchIndex, query: SearchQuery): SearchResult {
  const minCents = query.minPrice !== undefined ? dollarsToCents(query.minPrice) : undefined;
  const maxCents = query.maxPrice !== undefined ? dollarsToCents(query.maxPrice) : undefined;
  const keep = (h: StoredDocument) =>
    (query.category === undefined || h.category === query.category) &&
    (minCents === undefined || h.priceCents >= minCents) &&
    (maxCents === undefined || h.priceCents <= maxCents);

  let matches: SearchHit[];
  if (query.q.length === 0) {
    matches = Array.from(index.docs.values())
      .filter(keep)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
      .map((d) => ({ ...d, score: 0 }));
  } else {
    matches = [];
    for (const r of rankedMatches(index.mini, query.q)) {
      const doc = index.docs.get(r.id as number);
      if (doc && keep(doc)) matches.push({ ...doc, score: r.score });
    }
  }
  const start = (query.page - 1) * query.pageSize;
  return {
    hits: matches.slice(start, start + query.pageSize),
    total: matches.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
