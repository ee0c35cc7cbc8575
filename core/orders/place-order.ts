// Place an order: the one checkout rule both architectures call (monolith checkout, purchase function).
import { isAppError } from "../errors/app-error";
import type { OrderStorePort, PlacedOrder } from "./order-store-port";
import { assertOrderNotEmpty, priceClaimedOrder } from "./price-order";
import type { PlaceOrderInput } from "./order-schemas";
import type { Mode } from "../architecture/mode";

export async function placeOrder(
  store: OrderStorePort,
  input: PlaceOrderInput & { userId: number; placedVia: Mode },
): Promise<PlacedOrder> {
  assertOrderNotEmpty(input.items);
  // No lookup first: the unique (user, idempotency key) is the check. A key seen before makes the store's insert
  // fail, roll back, and answer with that order (a retry or double submit, whatever its body says).
  try {
    return await store.commitOrder({
      userId: input.userId,
      idempotencyKey: input.idempotencyKey,
      placedVia: input.placedVia,
      items: input.items,
      price: (claimed) => priceClaimedOrder(input.items, claimed),
    });
  } catch (e) {
    // A replay of a key whose order took the last of the stock fails on stock before it reaches the insert;
    // if an order exists under this key, that order is the answer. Read only on this failure path.
    if (isAppError(e) && e.code === "out_of_stock") {
      const earlier = await store.findOrderByKey(input.userId, input.idempotencyKey);
      if (earlier) return { ...earlier, replayed: true };
    }
    throw e;
  }
}
