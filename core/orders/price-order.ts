// Prices an order from the catalog's current prices (never from the client), and says why a line could not be
// had. The store claims each line's stock with one conditional update that hands back the pet's catalog name
// and price (order-store-port.ts), so pricing needs no read of its own.
import { AppError } from "../errors/app-error";
import { checkCartLine } from "../cart/check-cart-line";

export type PricedLine = { petId: number; petName: string; unitPriceCents: number; quantity: number };
export type PricedOrder = { lines: PricedLine[]; totalCents: number };
/** A line whose stock the store has just taken, with the pet's catalog name and price as they were then. */
export type ClaimedPet = { id: number; name: string; priceCents: number };

export function assertOrderNotEmpty(items: readonly unknown[]): void {
  if (items.length === 0) throw AppError.of("bad_request", "order.empty");
}

/** The order's lines and total from the claimed pets' catalog prices, in the order the items were given. */
export function priceClaimedOrder(items: { petId: number; quantity: number }[], claimed: ClaimedPet[]): PricedOrder {
  assertOrderNotEmpty(items);
  const byId = new Map(claimed.map((p) => [p.id, p]));
  const lines = items.map((item) => {
    const pet = byId.get(item.petId);
    // The store prices only lines it claimed; a missing one is a store defect, not a buyer's mistake.
    if (!pet) throw new Error(`pet #${item.petId} was not claimed`);
    return { petId: item.petId, petName: pet.name, unitPriceCents: pet.priceCents, quantity: item.quantity };
  });
  const totalCents = lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0);
  return { lines, totalCents };
}

/**
 * Why a line's conditional update took nothing: the pet is not in the store (a malformed request, 400, not a
 * missing resource) or has less stock than asked (409). Always throws; `pet` is read only on this failure path.
 */
export function refuseUnclaimedLine(item: { petId: number; quantity: number }, pet: { name: string; stock: number } | null): never {
  if (!pet) throw AppError.of("bad_request", "order.petGone", { id: item.petId }, { petId: item.petId });
  checkCartLine(pet, item.quantity);
  // The pet had the stock when read: another buyer's order changed it between the update and the read.
  throw AppError.of("out_of_stock", "order.justSoldOut", { name: pet.name }, { petId: item.petId });
}
