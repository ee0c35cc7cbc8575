// Serverless home: categories and featured pets, read by the browser from the data API.
import { useTranslations } from "next-intl";
import { CategoryList } from "@/components/category-list";
import { PetGrid } from "@/components/pet-grid";
import { StoreHero } from "@/components/store-hero";
import { callApi } from "../data-api";
import { loadCategories } from "../load-categories";
import { useApi } from "../use-api";
import { useDocumentTitle } from "../use-document-title";
import { ErrorState, SkeletonBlock, SkeletonGrid } from "./view-states";
import { petsResponseSchema } from "@/core/contract/serverless-api";
import { FEATURED_PETS_URL } from "@/core/contract/catalog-read-urls";

export function HomeView() {
  const t = useTranslations("catalog");
  const ts = useTranslations("states");
  useDocumentTitle(t("home"));
  // Two independent reads in parallel, straight from the browser.
  const categories = useApi("categories", () => loadCategories());
  const featured = useApi("featured", (signal) => callApi(petsResponseSchema, FEATURED_PETS_URL, { signal }));
  return (
    <div className="space-y-12">
      <StoreHero mode="serverless" />
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 text-2xl font-bold">
          {t("shopByCategory")}
        </h2>
        {categories.status === "loading" ? (
          <div aria-busy="true" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            {Array.from({ length: 6 }, (_, i) => (
              <div key={i} className="card flex flex-col items-center gap-3 p-5">
                <SkeletonBlock className="h-10 w-10 rounded-full" />
                <SkeletonBlock className="h-4 w-20" />
              </div>
            ))}
          </div>
        ) : categories.status === "error" ? (
          <ErrorState error={categories.error} onRetry={categories.retry} />
        ) : (
          <CategoryList categories={categories.data} hrefFor={(slug) => `/serverless/category/${slug}`} />
        )}
      </section>
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="mb-4 text-2xl font-bold">
          {t("featuredPets")}
        </h2>
        {featured.status === "loading" ? (
          <SkeletonGrid label={ts("loadingFeatured")} />
        ) : featured.status === "error" ? (
          <ErrorState error={featured.error} onRetry={featured.retry} />
        ) : (
          <PetGrid pets={featured.data.pets} hrefFor={(id) => `/serverless/pets/${id}`} empty={t("noFeatured")} />
        )}
      </section>
    </div>
  );
}
