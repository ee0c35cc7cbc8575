// Hybrid home: the categories and featured pets, read through the facade (monolith query or data API).
import { getTranslations } from "next-intl/server";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridHome } from "@/hybrid/catalog/catalog-adapter";
import { PetGrid } from "@/components/pet-grid";
import { CategoryList } from "@/components/category-list";
import { Alert } from "@/components/alert";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridHome({ searchParams }: Props) {
  const facade = await hybridFacade();
  const [{ categories, featured }, sp, t, tc] = await Promise.all([
    hybridHome(facade),
    searchParams,
    getTranslations("hybrid"),
    getTranslations("catalog"),
  ]);
  const notice = flashMessage(sp, "notice")?.slice(0, 200);
  const moved = facade.table.inServerless.length;
  return (
    <div className="space-y-12">
      {notice ? <Alert kind="notice">{notice}</Alert> : null}
      <section className="overflow-hidden rounded-3xl bg-gradient-to-br from-fuchsia-50 via-mono-50 to-sls-50 px-8 py-12">
        <p className="text-sm font-semibold tracking-wider text-fuchsia-800 uppercase">{t("heroEyebrow", { moved })}</p>
        <h1 className="mt-2 max-w-2xl text-4xl font-bold tracking-tight text-stone-900">{t("heroTitle")}</h1>
        <p className="mt-3 max-w-2xl text-stone-700">
          {t.rich("heroIntro", {
            link: (chunks) => (
              <a href="/hybrid/migration" className="font-semibold text-fuchsia-800 underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 text-2xl font-bold">
          {tc("shopByCategory")}
        </h2>
        <CategoryList categories={categories} hrefFor={(slug) => `/hybrid/category/${slug}`} />
      </section>
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="mb-4 text-2xl font-bold">
          {tc("featuredPets")}
        </h2>
        <PetGrid pets={featured} hrefFor={(id) => `/hybrid/pets/${id}`} empty={tc("noFeatured")} />
      </section>
    </div>
  );
}
