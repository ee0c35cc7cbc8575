// The browser's cart (ids + quantities) priced with the CURRENT catalog: one batched read of the data API.
// A line whose pet is gone or has too little stock carries the same problem message the monolith shows
// (core's checkCartLine), so the two stores explain a stock change in the same words.
import type { CartDto } from "@/core/cart/cart-dto";
import type { PetSummaryDto } from "@/core/catalog/pet-dto";
import { priceCart } from "@/core/cart/price-cart";
import { useCartLines, type StoredCartLine } from "./cart-store";
import { callApi } from "./data-api";
import { useApi, type ApiState } from "./use-api";
import { petsResponseSchema } from "@/core/contract/serverless-api";

export type PricedCart = CartDto & { missing: StoredCartLine[] };

function price(lines: StoredCartLine[], pets: PetSummaryDto[]): PricedCart {
  return priceCart(lines, pets);
}

/** `lines` is what the browser holds right now; `cart` is it priced (loading until the data API answers). */
export function usePricedCart(): { lines: StoredCartLine[]; cart: ApiState<PricedCart> } {
  const lines = useCartLines();
  const ids = [...new Set(lines.map((l) => l.petId))].sort((a, b) => a - b);
  // Keyed by the set of pets only: a quantity change re-prices locally, without another read.
  const key = ids.length > 0 ? `cart:${ids.join(",")}` : null;
  const pets = useApi(key, (signal) => callApi(petsResponseSchema, `/api/baas/pets?ids=${ids.join(",")}`, { signal }).then((r) => r.pets));
  if (ids.length === 0) return { lines, cart: { status: "ok", data: price([], []), retry: pets.retry } };
  if (pets.status !== "ok") return { lines, cart: pets };
  return { lines, cart: { status: "ok", data: price(lines, pets.data), retry: pets.retry } };
}
