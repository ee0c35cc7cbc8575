// Place an order: the one checkout rule both architectures call (monolith checkout, purchase function).
import type { OrderStorePort, PlacedOrder } from "./order-store-port";
import { priceOrder } from "./price-order";
import type { PlaceOrderInput } from "./order-schemas";

export async function placeOrder(
  store: OrderStorePort,
  input: PlaceOrderInput & { userId: number; placedVia: "monolith" | "serverless" },
): Promise<PlacedOrder> {
  // A retry or double submit with a key we have seen returns that order, whatever its body says.
  const existing = await store.findOrderByKey(input.userId, input.idempotencyKey);
  if (existing) return { ...existing, replayed: true };

  const pets = await store.loadPetsForPricing(input.items.map((i) => i.petId));
  const priced = priceOrder(input.items, pets);
  return store.commitOrder({
    userId: input.userId,
    idempotencyKey: input.idempotencyKey,
    placedVia: input.placedVia,
    priced,
  });
}
