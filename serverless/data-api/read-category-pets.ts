import "server-only";
// GET /api/baas/categories/{slug}/pets?page=N
import { categorySlugSchema, pageParamSchema } from "../../core/catalog/catalog-schemas";
import { AppError } from "../../core/errors/app-error";
import { listCategoryPets } from "../../infra/catalog/list-category-pets";
import { categoryPetsResponseSchema } from "../../core/contract/serverless-api";
import { contractJson } from "../gateway/contract-json";

export async function readCategoryPets(request: Request, slug: string): Promise<Response> {
  const notFound = AppError.of("not_found", "data.noSuchCategory");
  const parsedSlug = categorySlugSchema.safeParse(slug);
  if (!parsedSlug.success) throw notFound;
  const page = pageParamSchema.parse(new URL(request.url).searchParams.get("page") ?? undefined);
  const result = await listCategoryPets(parsedSlug.data, page);
  if (!result) throw notFound;
  return contractJson(categoryPetsResponseSchema, result, { headers: { "Cache-Control": "no-store" } });
}
