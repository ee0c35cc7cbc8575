import "server-only";
// GET /api/baas/categories
// ARCH: the monolith renders catalog data into HTML on the server; in the serverless store the browser reads
// it from this BaaS-style data API itself, with a short-lived read-scoped token (no page server involved).
import { listCategories } from "../../infra/catalog/list-categories";
import { categoriesResponseSchema } from "../../core/contract/serverless-api";
import { contractJson } from "../gateway/contract-json";

export async function readCategories(): Promise<Response> {
  return contractJson(categoriesResponseSchema, { categories: await listCategories() }, { headers: { "Cache-Control": "no-store" } });
}
