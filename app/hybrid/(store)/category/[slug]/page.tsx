// Hybrid category page: the pets of one category, read through the facade.
import { notFound } from "next/navigation";
import { categorySlugSchema, pageParamSchema } from "@/core/catalog/catalog-schemas";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridCategoryPets } from "@/hybrid/catalog/catalog-adapter";
import { CategoryPets } from "@/components/category-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridCategoryPage({ params, searchParams }: Props) {
  const slug = categorySlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const sp = await searchParams;
  const data = await hybridCategoryPets(
    await hybridFacade(),
    slug.data,
    pageParamSchema.parse(Array.isArray(sp.page) ? sp.page[0] : sp.page),
  );
  if (!data) notFound();
  return <CategoryPets category={data.category} pets={data.pets} storePath="/hybrid" />;
}
