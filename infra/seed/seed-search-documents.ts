// The seeded catalog as search documents, without a database: pet N is the same pet the seed writes (same
// generator, same order), so the judged list can be checked against it in a unit test and a benchmark.
import type { SearchDocument } from "../../core/search/search-document";
import { CATEGORIES } from "./catalog-data";
import { generatePets } from "./generate-pets";

export function seedSearchDocuments(total: number): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const batch of generatePets(total, 1000)) {
    for (const p of batch) {
      const category = CATEGORIES[p.categoryId - 1]!;
      docs.push({
        id: p.id,
        name: p.name,
        species: p.species,
        breed: p.breed,
        description: p.description,
        category: category.slug,
        categoryName: category.name,
        priceCents: p.priceCents,
        stock: p.stock,
        thumbnailUrl: null,
      });
    }
  }
  return docs;
}
