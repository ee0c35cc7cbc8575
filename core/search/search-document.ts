// What the search index holds for each pet. Price and stock are stored so that the serverless
// search function can answer from its index artifact alone (the public contract: search hits carry them).

export type SearchDocument = {
  id: number;
  name: string;
  species: string;
  breed: string;
  description: string;
  category: string; // slug
  categoryName: string;
  priceCents: number;
  stock: number;
  thumbnailUrl: string | null;
};
