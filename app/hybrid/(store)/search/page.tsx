// Hybrid search: the facade sends the query to the monolith's in-process index or, once search moved, to the
// search function through the gateway — from this server, so it still works with JavaScript off.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseSearchQuery } from "@/core/search/search-query-schema";
import { pageCount } from "@/core/catalog/paginate";
import { searchPageHref } from "@/core/search/search-page-href";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridCategories } from "@/hybrid/catalog/catalog-adapter";
import { hybridSearch } from "@/hybrid/search/search-adapter";
import { SearchResults } from "@/components/search-results";
import { SearchFilters } from "@/components/search-filters";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridSearchPage({ searchParams }: Props) {
  const query = parseSearchQuery(await searchParams);
  const facade = await hybridFacade();
  const [result, categories, t] = await Promise.all([hybridSearch(facade, query), hybridCategories(facade), getTranslations("hybrid")]);
  const servedBy = facade.table.routes.search.servedBy === "search-function" ? t("servedByFunction") : t("servedByMonolith");
  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <SearchFilters formId="site-search-form" categories={categories} query={query} />
      <div className="space-y-3">
        <p className="text-sm text-stone-600" data-testid="search-served-by">
          {servedBy}
        </p>
        <SearchResults
          query={query}
          hits={result.hits}
          total={result.total}
          page={query.page}
          pageCount={pageCount(result.total, query.pageSize)}
          hrefForPet={(id) => `/hybrid/pets/${id}`}
          hrefForPage={(page) => searchPageHref("/hybrid/search", query, page)}
        />
      </div>
    </div>
  );
}
