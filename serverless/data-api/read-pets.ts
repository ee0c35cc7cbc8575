import "server-only";
// GET /api/baas/pets?featured=1&limit=8 | ?ids=3,1,2
import { z } from "zod";
import { AppError } from "../../core/errors/app-error";
import { petIdSchema } from "../../core/catalog/catalog-schemas";
import { listFeaturedPets } from "../../infra/catalog/list-featured-pets";
import { listPetsByIds } from "../../infra/catalog/list-pets-by-ids";
import { petsResponseSchema } from "../../core/contract/serverless-api";
import { contractJson } from "../gateway/contract-json";

export const MAX_IDS = 60;
const limitSchema = z.coerce.number().int().min(1).max(60).catch(8);

export async function readPets(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const ids = url.searchParams.get("ids");
  const headers = { "Cache-Control": "no-store" };
  if (ids !== null) {
    const parts = ids
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    if (parts.length > MAX_IDS) throw AppError.of("bad_request", "data.tooManyIds", { max: MAX_IDS });
    const parsed = parts.map((p) => petIdSchema.safeParse(p));
    if (parsed.some((p) => !p.success)) throw AppError.of("bad_request", "data.badIds");
    const unique = Array.from(new Set(parsed.map((p) => p.data as number)));
    return contractJson(petsResponseSchema, { pets: await listPetsByIds(unique) }, { headers });
  }
  if (url.searchParams.get("featured") === "1" || url.searchParams.get("featured") === "true") {
    const limit = url.searchParams.has("limit") ? limitSchema.parse(url.searchParams.get("limit")) : 8;
    return contractJson(petsResponseSchema, { pets: await listFeaturedPets(limit) }, { headers });
  }
  throw AppError.of("bad_request", "data.askFor");
}
