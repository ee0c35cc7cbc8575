// Monolith category page: server-rendered, paginated with plain links.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { categoryName } from "@/core/i18n/catalog-terms";
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
  const [data, t, locale] = await Promise.all([load(props), getTranslations("catalog"), getLocale()]);
  return { title: data ? categoryName(data.category.slug, data.category.name, locale) : t("categoryNotFound") };
}

export default async function CategoryPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const { category, pets } = data;
  return <CategoryPets category={category} pets={pets} storePath="/monolith" />;
}
