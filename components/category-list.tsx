import type { CategoryDto } from "../core/catalog/pet-dto";
import { CategoryIcon } from "./category-icon";

export function CategoryList({ categories, hrefFor }: { categories: CategoryDto[]; hrefFor: (slug: string) => string }) {
  if (categories.length === 0) return <p className="card p-8 text-center text-stone-600">No categories yet.</p>;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {categories.map((c) => (
        <li key={c.slug}>
          <a
            href={hrefFor(c.slug)}
            className="card flex h-full flex-col items-center gap-2 p-5 text-center transition hover:-translate-y-0.5 hover:border-brand-500 hover:shadow-md"
          >
            <CategoryIcon slug={c.slug} size={44} />
            <span className="font-semibold">{c.name}</span>
            {c.petCount !== undefined ? <span className="text-xs text-stone-500">{c.petCount} pets</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}
