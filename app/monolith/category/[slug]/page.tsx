// Monolith category page: server-rendered, paginated with plain links.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { categorySlugSchema, pageParamSchema } from "@/core/catalog/catalog-schemas";
import { cachedCategoryPets } from "@/monolith/catalog/cached-catalog";
import { CategoryPets } from "@/components/category-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ params, searchParams }: Props) {
  const slug = categorySlugSchema.safeParse((await params).slug);
  if (!slug.success) return null;
  const sp = await searchParams;
  return cachedCategoryPets(slug.data, pageParamSchema.parse(Array.isArray(sp.page) ? sp.page[0] : sp.page));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  return { title: data ? data.category.name : "Category not found" };
}

export default async function CategoryPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const { category, pets } = data;
  return <CategoryPets category={category} pets={pets} storePath="/monolith" />;
}
