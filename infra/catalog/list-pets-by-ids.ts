import type { PetSummaryDto } from "../../core/catalog/pet-dto";
import { prisma } from "../db/prisma-client";
import { petSummarySelect, toPetSummary } from "./to-pet-dto";

/** Pets in the order of the ids given (unknown ids are skipped). */
export async function listPetsByIds(ids: number[]): Promise<PetSummaryDto[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.pet.findMany({ where: { id: { in: ids } }, select: petSummarySelect });
  const byId = new Map(rows.map((r) => [r.id, toPetSummary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
