// Monolith home: the server reads categories + featured pets while rendering (from the database, or its
// in-process catalog cache: monolith/catalog/catalog-cache.ts).
import { getTranslations } from "next-intl/server";
import { cachedCategories, cachedFeaturedPets } from "@/monolith/catalog/cached-catalog";
import { PetGrid } from "@/components/pet-grid";
import { StoreHero } from "@/components/store-hero";
import { CategoryList } from "@/components/category-list";
import { Alert } from "@/components/alert";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MonolithHome({ searchParams }: Props) {
  const [categories, featured, sp, t] = await Promise.all([
    cachedCategories(),
    cachedFeaturedPets(8),
    searchParams,
    getTranslations("catalog"),
  ]);
  // Form handlers that end on the home page (e.g. log out) say what happened through ?notice=.
  const notice = flashMessage(sp, "notice")?.slice(0, 200);
  return (
    <div className="space-y-12">
      {notice ? <Alert kind="notice">{notice}</Alert> : null}
      <StoreHero mode="monolith" />
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 text-2xl font-bold">
          {t("shopByCategory")}
        </h2>
        <CategoryList categories={categories} hrefFor={(slug) => `/monolith/category/${slug}`} />
      </section>
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="mb-4 text-2xl font-bold">
          {t("featuredPets")}
        </h2>
        <PetGrid pets={featured} hrefFor={(id) => `/monolith/pets/${id}`} empty={t("noFeatured")} />
      </section>
    </div>
  );
}
