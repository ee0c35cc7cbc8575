// Serverless search: the browser calls the search function (behind the gateway) and maps its hits onto the
// shared results grid; the filters stay fields of the header's search form, as in the monolith.
// ARCH: the monolith searches an in-memory index inside its own process; here search is a function that
// may cold-start (loading its index from blob storage); its hits carry what a result card shows.
import { useTranslations } from "next-intl";
import { pageCount } from "@/core/catalog/paginate";
import { searchPageHref } from "@/core/search/search-page-href";
import type { SearchHit } from "@/core/search/search-pets";
import { parseSearchQuery, type SearchQuery } from "@/core/search/search-query-schema";
import { SearchFilters } from "@/components/search-filters";
import { SearchResults } from "@/components/search-results";
import { searchResponseSchema } from "@/core/contract/serverless-api";
import { searchFunctionUrl } from "@/core/contract/catalog-read-urls";
import { callApi } from "../data-api";
import { loadCategories } from "../load-categories";
import { useApi } from "../use-api";
import { useDocumentTitle } from "../use-document-title";
import { ErrorState, SkeletonBlock, SkeletonGrid } from "./view-states";

type SearchAnswer = { hits: SearchHit[]; total: number };

/** One round trip: the function's hits carry everything the shared results grid shows. */
async function runSearch(query: SearchQuery, signal: AbortSignal): Promise<SearchAnswer> {
  const answer = await callApi(searchResponseSchema, searchFunctionUrl(query), { signal });
  return { hits: answer.hits.map((h) => ({ ...h, score: 0 })), total: answer.total };
}

export function SearchView({ params }: { params: URLSearchParams }) {
  const query = parseSearchQuery(Object.fromEntries(params));
  const t = useTranslations("search");
  useDocumentTitle(query.q ? t("titleFor", { q: query.q }) : t("title"));
  const categoriesState = useApi("categories", () => loadCategories());
  const key = `search:${JSON.stringify(query)}`;
  const results = useApi(key, (signal) => runSearch(query, signal));
  const categories = categoriesState.status === "ok" ? categoriesState.data : [];

  const hrefForPage = (page: number) => searchPageHref("/serverless/search", query, page);

  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      {/* Keyed so the uncontrolled fields show the new query after a client-side navigation. */}
      <SearchFilters key={`${key}:${categories.length}`} formId="site-search-form" categories={categories} query={query} />
      {results.status === "ok" ? (
        <SearchResults
          query={query}
          hits={results.data.hits}
          total={results.data.total}
          page={query.page}
          pageCount={pageCount(results.data.total, query.pageSize)}
          hrefForPet={(id) => `/serverless/pets/${id}`}
          hrefForPage={hrefForPage}
        />
      ) : (
        <section aria-labelledby="results-heading" className="space-y-5">
          <div>
            <h1 id="results-heading" className="text-2xl font-bold">
              {query.q ? t("resultsFor", { q: query.q }) : t("allPets")}
            </h1>
            {results.status === "loading" ? <SkeletonBlock className="mt-2 h-4 w-24" /> : null}
          </div>
          {results.status === "loading" ? (
            <SkeletonGrid count={8} label={t("searching")} />
          ) : (
            <ErrorState error={results.error} onRetry={results.retry} />
          )}
        </section>
      )}
    </div>
  );
}
