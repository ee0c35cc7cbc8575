import "server-only";
// What the virtual users pick from: category slugs, pets to look at, pets with stock to buy, words to search.
// Read once at the start of a run, so the journeys themselves only make the requests a visitor would.
import { prisma } from "../../../infra/db/prisma-client";

export type JourneyCatalog = { categories: string[]; petIds: number[]; buyablePetIds: number[]; words: string[] };

// Buy only from well-stocked pets so a run does not empty the classroom's store.
export const MIN_STOCK_TO_BUY = 5;

export async function loadJourneyCatalog(): Promise<JourneyCatalog> {
  const [categories, pets] = await Promise.all([
    prisma.category.findMany({ select: { slug: true } }),
    prisma.pet.findMany({ select: { id: true, stock: true, species: true, breed: true }, take: 500, orderBy: { id: "asc" } }),
  ]);
  const words = [...new Set(pets.flatMap((p) => [p.species, p.breed.split(" ")[0] ?? ""]).filter((w) => w.length > 2))].slice(0, 40);
  return {
    categories: categories.map((c) => c.slug),
    petIds: pets.map((p) => p.id),
    buyablePetIds: pets.filter((p) => p.stock >= MIN_STOCK_TO_BUY).map((p) => p.id),
    words: words.length > 0 ? words : ["dog", "cat"],
  };
}

export function pickOne<T>(items: T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}
