import "server-only";
// GET /api/baas/pets/{id}
import { petIdSchema } from "../../core/catalog/catalog-schemas";
import { AppError } from "../../core/errors/app-error";
import { getPet } from "../../infra/catalog/get-pet";
import { petResponseSchema } from "../../core/contract/serverless-api";
import { contractJson } from "../gateway/contract-json";

export async function readPet(id: string): Promise<Response> {
  const parsed = petIdSchema.safeParse(id);
  const pet = parsed.success ? await getPet(parsed.data) : null;
  if (!pet) throw AppError.of("not_found", "pet.notInStore");
  return contractJson(petResponseSchema, { pet }, { headers: { "Cache-Control": "no-store" } });
}
