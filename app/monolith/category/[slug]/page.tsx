// Monolith category page: server-rendered, paginated with plain links.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { categorySlugSchema, pageParamSchema } from "@/core/catalog/catalog-schemas";
import { listCategoryPets } from "@/infra/catalog/list-category-pets";
import { PetGrid } from "@/components/pet-grid";
import { Pagination } from "@/components/pagination";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ params, searchParams }: Props) {
  const slug = categorySlugSchema.safeParse((await params).slug);
  if (!slug.success) return null;
  const sp = await searchParams;
  return listCategoryPets(slug.data, pageParamSchema.parse(Array.isArray(sp.page) ? sp.page[0] : sp.page));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  return { title: data ? data.category.name : "Category not found" };
}

export default async function CategoryPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const { category, pets } = data;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <a href="/monolith" className="hover:text-brand-700">Home</a> <span aria-hidden>/</span> {category.name}
      </nav>
      <header className="flex items-center gap-4">
        <span aria-hidden className="text-5xl">{category.emoji}</span>
        <div>
          <h1 className="text-3xl font-bold">{category.name}</h1>
          <p className="text-stone-600">{category.description} · {pets.total} pets</p>
        </div>
      </header>
      <PetGrid pets={pets.items} hrefFor={(id) => `/monolith/pets/${id}`} empty={pets.page > 1 ? "There is no page this far back. Try page 1." : "No pets in this category yet."} />
      <Pagination page={pets.page} pageCount={pets.pageCount} hrefFor={(p) => `/monolith/category/${category.slug}?page=${p}`} />
    </div>
  );
}
