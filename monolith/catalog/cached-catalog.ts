import "server-only";
// The monolith's catalog reads, through its in-process cache (catalog-cache.ts names the twin).
import type { CategoryDto, Page, PetDetailDto, PetSummaryDto } from "../../core/catalog/pet-dto";
import { getPet } from "../../infra/catalog/get-pet";
import { listCategories } from "../../infra/catalog/list-categories";
import { listCategoryPets } from "../../infra/catalog/list-category-pets";
import { listFeaturedPets } from "../../infra/catalog/list-featured-pets";
import { cachedCatalogRead } from "./catalog-cache";

export const cachedCategories = (): Promise<CategoryDto[]> => cachedCatalogRead("categories", listCategories);

export const cachedFeaturedPets = (limit: number): Promise<PetSummaryDto[]> =>
  cachedCatalogRead(`featured:${limit}`, () => listFeaturedPets(limit));

export const cachedPet = (id: number): Promise<PetDetailDto | null> => cachedCatalogRead(`pet:${id}`, () => getPet(id));

export const cachedCategoryPets = (slug: string, page: number): Promise<{ category: CategoryDto; pets: Page<PetSummaryDto> } | null> =>
  cachedCatalogRead(`category:${slug}:${page}`, () => listCategoryPets(slug, page));
