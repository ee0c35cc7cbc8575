// Serverless category page: one page of pets from the data API, paginated with ?page= (client-side links).
import { useLocale } from "next-intl";
import { categoryName } from "@/core/i18n/catalog-terms";
import { categorySlugSchema, pageParamSchema } from "@/core/catalog/catalog-schemas";
import { CategoryPets } from "@/components/category-page";
import { callApi, isNotFound } from "../data-api";
import { useApi } from "../use-api";
import { useDocumentTitle } from "../use-document-title";
import { ErrorState, NotFoundView, SkeletonBlock, SkeletonGrid } from "./view-states";
import { categoryPetsResponseSchema } from "@/core/contract/serverless-api";
import { categoryPetsUrl } from "@/core/contract/catalog-read-urls";

export function CategoryView({ slug, pageParam }: { slug: string; pageParam: string | null }) {
  const validSlug = categorySlugSchema.safeParse(slug);
  const page = pageParamSchema.parse(pageParam ?? undefined);
  const key = validSlug.success ? `category:${validSlug.data}:${page}` : null;
  const state = useApi(key, (signal) => callApi(categoryPetsResponseSchema, categoryPetsUrl(slug, page), { signal }));
  const locale = useLocale();
  useDocumentTitle(state.status === "ok" ? categoryName(state.data.category.slug, state.data.category.name, locale) : null);

  if (!validSlug.success || (state.status === "error" && isNotFound(state.error))) return <NotFoundView />;
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.retry} />;
  if (state.status === "loading") {
    return (
      <div className="space-y-6">
        <SkeletonBlock className="h-4 w-32" />
        <div className="flex items-center gap-4">
          <SkeletonBlock className="h-12 w-12 rounded-full" />
          <div className="space-y-2">
            <SkeletonBlock className="h-8 w-40" />
            <SkeletonBlock className="h-4 w-64" />
          </div>
        </div>
        <SkeletonGrid count={12} />
      </div>
    );
  }
  const { category, pets } = state.data;
  return <CategoryPets category={category} pets={pets} storePath="/serverless" />;
}
