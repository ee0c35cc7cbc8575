// DTOs that cross to the UI and the data API: never raw database rows.

export type CategoryDto = {
  id: number;
  slug: string;
  name: string;
  description: string;
  emoji: string;
  petCount?: number;
};

export type PetSummaryDto = {
  id: number;
  name: string;
  species: string;
  breed: string;
  priceCents: number;
  stock: number;
  category: { slug: string; name: string };
  thumbnailUrl: string | null;
};

export type PetDetailDto = PetSummaryDto & {
  description: string;
  imageUrl: string | null;
};

export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};
