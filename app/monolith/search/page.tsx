// Monolith search: the query runs in this server process over the in-memory index (ranking from core/).
// Filters are fields of the header's search form (form="site-search-form"), so it all works without JS.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseSearchQuery } from "@/core/search/search-query-schema";
import { pageCount } from "@/core/catalog/paginate";
import { searchPageHref } from "@/core/search/search-page-href";
import { cachedCategories } from "@/monolith/catalog/cached-catalog";
import { searchCatalog } from "@/monolith/search/search-catalog";
import { SearchResults } from "@/components/search-results";
import { SearchFilters } from "@/components/search-filters";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const query = parseSearchQuery(await searchParams);
  const [result, categories] = await Promise.all([searchCatalog(query), cachedCategories()]);
  const hrefForPage = (page: number) => searchPageHref("/monolith/search", query, page);
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
