import { useLocale, useTranslations } from "next-intl";
import { categoryName } from "../core/i18n/catalog-terms";
import type { CategoryDto } from "../core/catalog/pet-dto";
import type { SearchQuery } from "../core/search/search-query-schema";

/** Category and price filters. The fields belong to the header search form (via the form attribute). */
export function SearchFilters({ formId, categories, query }: { formId: string; categories: CategoryDto[]; query: SearchQuery }) {
  const t = useTranslations("search");
  const locale = useLocale();
  return (
    <aside aria-labelledby="filters-heading" className="card h-fit space-y-4 p-5">
      <h2 id="filters-heading" className="text-lg font-semibold">
        {t("filters")}
      </h2>
      <div>
        <label htmlFor="filter-category" className="label">
          {t("category")}
        </label>
        <select id="filter-category" name="category" form={formId} defaultValue={query.category ?? ""} className="input">
          <option value="">{t("allCategories")}</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {categoryName(c.slug, c.name, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="filter-min" className="label">
            {t("minPrice")}
          </label>
          <input
            id="filter-min"
            name="minPrice"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            form={formId}
            defaultValue={query.minPrice ?? ""}
            className="input"
          />
        </div>
        <div>
          <label htmlFor="filter-max" className="label">
            {t("maxPrice")}
          </label>
          <input
            id="filter-max"
            name="maxPrice"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            form={formId}
            defaultValue={query.maxPrice ?? ""}
            className="input"
          />
        </div>
      </div>
      <button type="submit" form={formId} className="btn-primary w-full">
        {t("apply")}
      </button>
    </aside>
  );
}
