// Maps database rows to the DTOs the UI and the data API use.
import type { CategoryDto, PetDetailDto, PetSummaryDto } from "../../core/catalog/pet-dto";
import { getStorage } from "../storage/get-storage";

export const petSummarySelect = {
  id: true,
  name: true,
  species: true,
  breed: true,
  priceCents: true,
  stock: true,
  category: { select: { slug: true, name: true } },
  images: {
    select: { smallKey: true, mediumKey: true, largeKey: true },
    where: { status: "done" },
    orderBy: { position: "asc" as const },
    take: 1,
  },
} as const;

type ImageKeys = { smallKey: string | null; mediumKey: string | null; largeKey: string | null };
type PetRow = {
  id: number;
  name: string;
  species: string;
  breed: string;
  priceCents: number;
  stock: number;
  category: { slug: string; name: string };
  images: ImageKeys[];
};

function url(key: string | null | undefined): string | null {
  return key ? getStorage().publicUrl(key) : null;
}

export function toPetSummary(row: PetRow): PetSummaryDto {
  const image = row.images[0];
  return {
    id: row.id,
    name: row.name,
    species: row.species,
    breed: row.breed,
    priceCents: row.priceCents,
    stock: row.stock,
    category: { slug: row.category.slug, name: row.category.name },
    thumbnailUrl: url(image?.mediumKey ?? image?.smallKey),
  };
}

export function toPetDetail(row: PetRow & { description: string }): PetDetailDto {
  const image = row.images[0];
  return { ...toPetSummary(row), description: row.description, imageUrl: url(image?.largeKey ?? image?.mediumKey) };
}

export function toCategory(row: {
  id: number;
  slug: string;
  name: string;
  description: string;
  emoji: string;
  _count?: { pets: number };
}): CategoryDto {
  return { id: row.id, slug: row.slug, name: row.name, description: row.description, emoji: row.emoji, petCount: row._count?.pets };
}
