import type { PetDetailDto } from "../../core/catalog/pet-dto";
import { prisma } from "../db/prisma-client";
import { petSummarySelect, toPetDetail } from "./to-pet-dto";

export async function getPet(id: number): Promise<PetDetailDto | null> {
  const row = await prisma.pet.findUnique({ where: { id }, select: { ...petSummarySelect, description: true } });
  return row ? toPetDetail(row) : null;
}
