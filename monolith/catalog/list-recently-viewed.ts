import "server-only";
import type { PetSummaryDto } from "../../core/catalog/pet-dto";
import { listPetsByIds } from "../../infra/catalog/list-pets-by-ids";
import { prisma } from "../../infra/db/prisma-client";

export async function listRecentlyViewed(ownerKey: string | undefined, excludePetId?: number, limit = 4): Promise<PetSummaryDto[]> {
  if (!ownerKey) return [];
  const rows = await prisma.recentlyViewed.findMany({
    where: { ownerKey, ...(excludePetId ? { petId: { not: excludePetId } } : {}) },
    orderBy: { viewedAt: "desc" },
    take: limit,
    select: { petId: true },
  });
  return listPetsByIds(rows.map((r) => r.petId));
}
