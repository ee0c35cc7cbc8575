import type { CategoryDto, Page, PetSummaryDto } from "../../core/catalog/pet-dto";
import { pageCount, pageWindow } from "../../core/catalog/paginate";
import { prisma } from "../db/prisma-client";
import { petSummarySelect, toCategory, toPetSummary } from "./to-pet-dto";

/** A category and one page of its pets, or null when the category does not exist. */
export async function listCategoryPets(
  slug: string,
  page: number,
  pageSize?: number,
): Promise<{ category: CategoryDto; pets: Page<PetSummaryDto> } | null> {
  const category = await prisma.category.findUnique({ where: { slug } });
  if (!category) return null;
  const w = pageWindow(page, pageSize);
  const [total, rows] = await Promise.all([
    prisma.pet.count({ where: { categoryId: category.id } }),
    prisma.pet.findMany({
      where: { categoryId: category.id },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: w.skip,
      take: w.take,
      select: petSummarySelect,
    }),
  ]);
  return {
    category: toCategory({ ...category, _count: { pets: total } }),
    pets: { items: rows.map(toPetSummary), total, page: w.page, pageSize: w.pageSize, pageCount: pageCount(total, w.pageSize) },
  };
}
