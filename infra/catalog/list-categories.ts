import type { CategoryDto } from "../../core/catalog/pet-dto";
import { prisma } from "../db/prisma-client";
import { toCategory } from "./to-pet-dto";

export async function listCategories(): Promise<CategoryDto[]> {
  const rows = await prisma.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    include: { _count: { select: { pets: true } } },
  });
  return rows.map(toCategory);
}
