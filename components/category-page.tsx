// A category's page body: breadcrumb, title block (picture, name, description, how many pets), one page of
// its pets and the page links. Each architecture passes its own store path for the links.
import { useLocale, useTranslations } from "next-intl";
import { categoryDescription, categoryName } from "../core/i18n/catalog-terms";
import type { CategoryDto, Page, PetSummaryDto } from "../core/catalog/pet-dto";
import { CategoryIcon } from "./category-icon";
import { Pagination } from "./pagination";
import { PetGrid } from "./pet-grid";

export function CategoryPets({ category, pets, storePath }: { category: CategoryDto; pets: Page<PetSummaryDto>; storePath: string }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  const name = categoryName(category.slug, category.name, locale);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm text-stone-500">
        <a href={storePath} className="hover:text-brand-700">
          {t("home")}
        </a>{" "}
        <span aria-hidden>/</span> {name}
      </nav>
      <header className="flex items-center gap-4">
        <CategoryIcon slug={category.slug} size={56} />
        <div>
          <h1 className="text-3xl font-bold">{name}</h1>
          <p className="text-stone-600">
            {t("categoryMeta", { description: categoryDescription(category.slug, category.description, locale), count: pets.total })}
          </p>
        </div>
      </header>
      <PetGrid
        heading={t("categoryOnPage", { category: name })}
        pets={pets.items}
        hrefFor={(id) => `${storePath}/pets/${id}`}
        empty={pets.page > 1 ? t("pageTooFar") : t("noPetsInCategory")}
      />
      <Pagination page={pets.page} pageCount={pets.pageCount} hrefFor={(p) => `${storePath}/category/${category.slug}?page=${p}`} />
    </div>
  );
}
