// Prices a cart (pet ids + quantities) with the CURRENT catalog — one rule for both stores' carts: a cart
// never stores a price; each line carries the problem message checkCartLine gives when stock has dropped.
import type { CartDto, CartLineDto } from "./cart-dto";
import type { PetSummaryDto } from "../catalog/pet-dto";
import { checkCartLine } from "./check-cart-line";

export type CartItem = { petId: number; quantity: number };

function problemOf(pet: PetSummaryDto, quantity: number): string | null {
  try {
    checkCartLine(pet, quantity);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : "Not available in that quantity.";
  }
}

/** `missing` lists the items whose pet is no longer in the catalog (they are not priced). */
export function priceCart<T extends CartItem>(items: T[], pets: PetSummaryDto[]): CartDto & { missing: T[] } {
  const byId = new Map(pets.map((p) => [p.id, p]));
  const lines: CartLineDto[] = [];
  const missing: T[] = [];
  for (const item of items) {
    const pet = byId.get(item.petId);
    if (!pet) {
      missing.push(item);
      continue;
    }
    lines.push({
      petId: pet.id,
      name: pet.name,
      breed: pet.breed,
      categoryName: pet.category.name,
      thumbnailUrl: pet.thumbnailUrl,
      unitPriceCents: pet.priceCents,
      quantity: item.quantity,
      stock: pet.stock,
      lineTotalCents: pet.priceCents * item.quantity,
      problem: problemOf(pet, item.quantity),
    });
  }
  return {
    lines,
    missing,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    totalCents: lines.reduce((sum, l) => sum + l.lineTotalCents, 0),
    hasProblems: lines.some((l) => l.problem !== null) || missing.length > 0,
  };
}
