import "server-only";
// The visitor's cart as a DTO: pets from the current catalog (so prices are always today's prices), line
// totals, the total, and a per-line problem when the stock has dropped below the quantity in the cart.
import type { CartDto, CartLineDto } from "../../core/cart/cart-dto";
import { checkCartLine } from "../../core/cart/check-cart-line";
import { toAppError } from "../../core/errors/app-error";
import { listPetsByIds } from "../../infra/catalog/list-pets-by-ids";
import { prisma } from "../../infra/db/prisma-client";

const EMPTY: CartDto = { lines: [], itemCount: 0, totalCents: 0, hasProblems: false };

function problemOf(pet: { name: string; stock: number }, quantity: number): string | null {
  try {
    checkCartLine(pet, quantity);
    return null;
  } catch (e) {
    return toAppError(e).message;
  }
}

export async function getCart(ownerKey: string | undefined): Promise<CartDto> {
  if (!ownerKey) return EMPTY;
  const items = await prisma.cartItem.findMany({ where: { cart: { ownerKey } }, select: { petId: true, quantity: true }, orderBy: { petId: "asc" } });
  if (items.length === 0) return EMPTY;
  const pets = new Map((await listPetsByIds(items.map((i) => i.petId))).map((p) => [p.id, p]));
  const lines = items.flatMap((item): CartLineDto[] => {
    const pet = pets.get(item.petId);
    if (!pet) return [];
    return [
      {
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
      },
    ];
  });
  return {
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    totalCents: lines.reduce((sum, l) => sum + l.lineTotalCents, 0),
    hasProblems: lines.some((l) => l.problem !== null),
  };
}
