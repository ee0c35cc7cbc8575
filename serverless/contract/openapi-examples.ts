// The published API document's examples, taken from the seed (the categories and the named pets every fresh store
// has), so "Try it" in /architecture/api starts from values that exist.
import { CATEGORIES, NAMED_PETS } from "../../infra/seed/catalog-data";
import type { OpenApiExamples } from "../../core/contract/openapi-document";
import { PETS_PER_CATEGORY_DEFAULT } from "../../infra/seed/catalog-data";

export function seedExamples(): OpenApiExamples {
  const pet = NAMED_PETS[0]!; // Biscuit, the first dog: the first pet the seed writes (id 1 in a fresh store)
  const category = CATEGORIES.find((c) => c.slug === pet.category)!;
  return {
    category: {
      id: 1,
      slug: category.slug,
      name: category.name,
      description: category.description,
      emoji: category.emoji,
      petCount: PETS_PER_CATEGORY_DEFAULT,
    },
    pet: {
      id: 1,
      name: pet.name,
      species: "Dog",
      breed: pet.breed,
      priceCents: pet.priceCents ?? 95_000,
      stock: pet.stock,
      description: `${pet.name} is a ${pet.breed}.`,
    },
    searchQuery: "retriever",
  };
}
