// A category's page body: breadcrumb, title block (picture, name, description, how many pets), one page of
// its pets and the page links. Each architecture passes its own store path for the links.
import type { CategoryDto, Page, PetSummaryDto } from "../core/catalog/pet-dto";
import { CategoryIcon } from "./category-icon";
import { Pagination } from "./pagination";
import { PetGrid } from "./pet-grid";

export function CategoryPets({ category, pets, storePath }: { category: CategoryDto; pets: Page<PetSummaryDto>; storePath: string }) {
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <a href={storePath} className="hover:text-brand-700">
          Home
        </a>{" "}
        <span aria-hidden>/</span> {category.name}
      </nav>
      <header className="flex items-center gap-4">
        <CategoryIcon slug={category.slug} size={56} />
        <div>
          <h1 className="text-3xl font-bold">{category.name}</h1>
          <p className="text-stone-600">
            {category.description} · {pets.total} pets
          </p>
        </div>
      </header>
      <PetGrid
        heading={`${category.name} on this page`}
        pets={pets.items}
        hrefFor={(id) => `${storePath}/pets/${id}`}
        empty={pets.page > 1 ? "There is no page this far back. Try page 1." : "No pets in this category yet."}
      />
      <Pagination page={pets.page} pageCount={pets.pageCount} hrefFor={(p) => `${storePath}/category/${category.slug}?page=${p}`} />
    </div>
  );
}
