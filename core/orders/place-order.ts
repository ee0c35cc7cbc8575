// Place an order: the one checkout rule both architectures call (monolith checkout, purchase function).
import { isAppError } from "../errors/app-error";
import type { OrderStorePort, PlacedOrder } from "./order-store-port";
import { priceOrder } from "./price-order";
import type { PlaceOrderInput } from "./order-schemas";
import type { Mode } from "../architecture/mode";

export async function placeOrder(
  store: OrderStorePort,
  input: PlaceOrderInput & { userId: number; placedVia: Mode },
): Promise<PlacedOrder> {
  // A retry or double submit with a key we have seen returns that order, whatever its body says.
  const existing = await store.findOrderByKey(input.userId, input.idempotencyKey);
  if (existing) return { ...existing, replayed: true };

  const pets = await store.loadPetsForPricing(input.items.map((i) => i.petId));
  const priced = priceOrder(input.items, pets);
  try {
    return await store.commitOrder({
      userId: input.userId,
      idempotencyKey: input.idempotencyKey,
      placedVia: input.placedVia,
      priced,
    });
  } catch (e) {
    // Two requests with the same key raced: the loser may fail on stock the winner just took. If the
    // winner committed an order under this key, that order is the answer to both.
    if (isAppError(e) && e.code === "out_of_stock") {
      const winner = await store.findOrderByKey(input.userId, input.idempotencyKey);
      if (winner) return { ...winner, replayed: true };
    }
    throw e;
  }
}
