// Monolith search: the query runs in this server process over the in-memory index (ranking from core/).
// Filters are fields of the header's search form (form="site-search-form"), so it all works without JS.
import type { Metadata } from "next";
import { parseSearchQuery } from "@/core/search/search-query-schema";
import { pageCount } from "@/core/catalog/paginate";
import { listCategories } from "@/infra/catalog/list-categories";
import { searchCatalog } from "@/monolith/search/search-catalog";
import { SearchResults } from "@/components/search-results";
import { SearchFilters } from "@/components/search-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const query = parseSearchQuery(await searchParams);
  const [result, categories] = await Promise.all([searchCatalog(query), listCategories()]);
  const hrefForPage = (page: number) => {
    const p = new URLSearchParams();
    if (query.q) p.set("q", query.q);
    if (query.category) p.set("category", query.category);
    if (query.minPrice !== undefined) p.set("minPrice", String(query.minPrice));
    if (query.maxPrice !== undefined) p.set("maxPrice", String(query.maxPrice));
    p.set("page", String(page));
    return `/monolith/search?${p.toString()}`;
  };
  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <SearchFilters formId="site-search-form" categories={categories} query={query} />
      <SearchResults
        query={query}
        hits={result.hits}
        total={result.total}
        page={result.page}
        pageCount={pageCount(result.total, result.pageSize)}
        hrefForPet={(id) => `/monolith/pets/${id}`}
        hrefForPage={hrefForPage}
      />
    </div>
  );
}
