import { useLocale, useTranslations } from "next-intl";
import { categoryName } from "../core/i18n/catalog-terms";
import type { CategoryDto } from "../core/catalog/pet-dto";
import { CategoryIcon } from "./category-icon";

export function CategoryList({ categories, hrefFor }: { categories: CategoryDto[]; hrefFor: (slug: string) => string }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  if (categories.length === 0) return <p className="card p-8 text-center text-stone-600">{t("noCategories")}</p>;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {categories.map((c) => (
        <li key={c.slug}>
          <a
            href={hrefFor(c.slug)}
            className="card flex h-full flex-col items-center gap-2 p-5 text-center transition hover:-translate-y-0.5 hover:border-brand-500 hover:shadow-md"
          >
            <CategoryIcon slug={c.slug} size={44} />
            <span className="font-semibold">{categoryName(c.slug, c.name, locale)}</span>
            {c.petCount !== undefined ? <span className="text-xs text-stone-500">{t("petCount", { count: c.petCount })}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}
