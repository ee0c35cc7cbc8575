import { useTranslations } from "next-intl";
import type { SearchHit } from "../core/search/search-pets";
import type { SearchQuery } from "../core/search/search-query-schema";
import type { PetSummaryDto } from "../core/catalog/pet-dto";
import { PetGrid } from "./pet-grid";
import { Pagination } from "./pagination";

export function hitToSummary(h: SearchHit): PetSummaryDto {
  return {
    id: h.id,
    name: h.name,
    species: h.species,
    breed: h.breed,
    priceCents: h.priceCents,
    stock: h.stock,
    category: { slug: h.category, name: h.categoryName },
    thumbnailUrl: h.thumbnailUrl,
  };
}

export function SearchResults(props: {
  query: SearchQuery;
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  hrefForPet: (id: number) => string;
  hrefForPage: (page: number) => string;
}) {
  const { query, hits, total } = props;
  const t = useTranslations("search");
  const heading = query.q ? t("resultsFor", { q: query.q }) : t("allPets");
  return (
    <section aria-labelledby="results-heading" className="space-y-5">
      <div>
        <h1 id="results-heading" className="text-2xl font-bold">
          {heading}
        </h1>
        <p className="text-sm text-stone-600" role="status">
          {t("found", { count: total })}
        </p>
      </div>
      <PetGrid
        narrow
        heading={t("matching")}
        highlight={query.q}
        pets={hits.map(hitToSummary)}
        hrefFor={props.hrefForPet}
        empty={
          <>
            <p className="text-lg font-semibold text-stone-800">{t("noMatch")}</p>
            <p className="mt-1">{t("tryAgain")}</p>
          </>
        }
      />
      <Pagination page={props.page} pageCount={props.pageCount} hrefFor={props.hrefForPage} />
    </section>
  );
}
