import type { CategoryDto } from "../core/catalog/pet-dto";
import type { SearchQuery } from "../core/search/search-query-schema";

/** Category and price filters. The fields belong to the header search form (via the form attribute). */
export function SearchFilters({ formId, categories, query }: { formId: string; categories: CategoryDto[]; query: SearchQuery }) {
  return (
    <aside aria-labelledby="filters-heading" className="card h-fit space-y-4 p-5">
      <h2 id="filters-heading" className="text-lg font-semibold">
        Filter results
      </h2>
      <div>
        <label htmlFor="filter-category" className="label">
          Category
        </label>
        <select id="filter-category" name="category" form={formId} defaultValue={query.category ?? ""} className="input">
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="filter-min" className="label">
            Min price ($)
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
            Max price ($)
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
        Apply filters
      </button>
    </aside>
  );
}
