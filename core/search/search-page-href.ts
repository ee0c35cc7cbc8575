// The link to one page of a search's results (the query and filters kept, the page replaced): used by the
// results' pagination in both stores.
import type { SearchQuery } from "./search-query-schema";

export function searchPageHref(searchPath: string, query: SearchQuery, page: number): string {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  if (query.category) p.set("category", query.category);
  if (query.minPrice !== undefined) p.set("minPrice", String(query.minPrice));
  if (query.maxPrice !== undefined) p.set("maxPrice", String(query.maxPrice));
  p.set("page", String(page));
  return `${searchPath}?${p.toString()}`;
}
