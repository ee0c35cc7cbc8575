import type { PetSummaryDto } from "../../core/catalog/pet-dto";
import { prisma } from "../db/prisma-client";
import { petSummarySelect, toPetSummary } from "./to-pet-dto";

export async function listFeaturedPets(limit = 8): Promise<PetSummaryDto[]> {
  const rows = await prisma.pet.findMany({
    where: { featured: true },
    orderBy: { id: "asc" },
    take: limit,
    select: petSummarySelect,
  });
  return rows.map(toPetSummary);
}
