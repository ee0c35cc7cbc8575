import "server-only";
// GET /api/baas/categories
import { listCategories } from "../../infra/catalog/list-categories";

export async function readCategories(): Promise<Response> {
  return Response.json({ categories: await listCategories() }, { headers: { "Cache-Control": "no-store" } });
}
