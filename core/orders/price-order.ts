// Prices an order from the catalog's current prices (never from the client) and checks stock.
import { AppError } from "../errors/app-error";
import { checkCartLine } from "../cart/check-cart-line";

export type PricedLine = { petId: number; petName: string; unitPriceCents: number; quantity: number };
export type PricedOrder = { lines: PricedLine[]; totalCents: number };
export type PetForPricing = { id: number; name: string; priceCents: number; stock: number };

export function priceOrder(items: { petId: number; quantity: number }[], pets: PetForPricing[]): PricedOrder {
  if (items.length === 0) throw new AppError("bad_request", "Your order is empty.");
  const byId = new Map(pets.map((p) => [p.id, p]));
  const lines = items.map((item) => {
    const pet = byId.get(item.petId) ?? null;
    // An order naming a pet that does not exist is a malformed request (400), not a missing resource.
    if (!pet) throw new AppError("bad_request", `Pet #${item.petId} is not in the store.`, { petId: item.petId });
    checkCartLine(pet, item.quantity);
    return { petId: item.petId, petName: pet!.name, unitPriceCents: pet!.priceCents, quantity: item.quantity };
  });
  const totalCents = lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0);
  return { lines, totalCents };
}
