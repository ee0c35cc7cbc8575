// The addresses of the serverless store's catalog reads, in one place: the views call them, and the shell lists
// the ones a first load of a store address needs, so its first script can start them before the app has loaded
// (serverless/shell/early-reads.tsx). Both sides build the same string, which is how the app recognises a read
// already in flight (serverless/client/early-reads.ts).
import { categorySlugSchema, pageParamSchema, petIdSchema } from "../catalog/catalog-schemas";
import { parseSearchQuery, type SearchQuery } from "../search/search-query-schema";

export const CATEGORIES_URL = "/api/baas/categories";
export const FEATURED_PETS_URL = "/api/baas/pets?featured=1&limit=8";

export function categoryPetsUrl(slug: string, page: number): string {
  return `/api/baas/categories/${encodeURIComponent(slug)}/pets?page=${page}`;
}

export function petUrl(id: number): string {
  return `/api/baas/pets/${id}`;
}

export function searchFunctionUrl(query: SearchQuery): string {
  const p = new URLSearchParams({ q: query.q, limit: String(query.pageSize), offset: String((query.page - 1) * query.pageSize) });
  if (query.category) p.set("category", query.category);
  if (query.minPrice !== undefined) p.set("minPrice", String(query.minPrice));
  if (query.maxPrice !== undefined) p.set("maxPrice", String(query.maxPrice));
  return `/api/functions/search?${p.toString()}`;
}

/**
 * The anonymous catalog reads the view at `segments` (the path after /serverless) makes on its first render,
 * in the order the view asks for them. Views that read nothing public (cart, orders, login, admin…) need none.
 */
export function catalogReadsFor(segments: readonly string[], params: URLSearchParams): string[] {
  const [first, second, ...rest] = segments;
  if (rest.length > 0) return [];
  if (first === undefined) return [CATEGORIES_URL, FEATURED_PETS_URL];
  if (first === "category" && second !== undefined) {
    const slug = categorySlugSchema.safeParse(second);
    return slug.success ? [categoryPetsUrl(slug.data, pageParamSchema.parse(params.get("page") ?? undefined))] : [];
  }
  if (first === "pets" && second !== undefined) {
    const id = petIdSchema.safeParse(second);
    return id.success ? [petUrl(id.data)] : [];
  }
  if (first === "search" && second === undefined) return [CATEGORIES_URL, searchFunctionUrl(parseSearchQuery(Object.fromEntries(params)))];
  return [];
}
