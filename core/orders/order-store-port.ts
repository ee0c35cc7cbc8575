// What placing an order needs from storage. The adapter must make `commitOrder` atomic: either every
// stock decrement and the order are written, or nothing is (stock never goes below zero).
import type { ClaimedPet, PricedOrder } from "./price-order";
import type { Mode } from "../architecture/mode";

export type PlacedOrder = { orderId: number; totalCents: number; replayed: boolean };

export interface OrderStorePort {
  findOrderByKey(userId: number, idempotencyKey: string): Promise<{ orderId: number; totalCents: number } | null>;
  /**
   * In one transaction: one conditional decrement per line that also hands back the pet's catalog name and price
   * (a line that cannot be had is refused with `refuseUnclaimedLine`: out_of_stock or bad_request), the order
   * priced by `price` from those pets, and the order inserted under the unique (user, idempotency key): a key
   * that already has an order rolls everything back and that order is returned as a replay. Nothing is read
   * before the writes. A busy database retries the whole transaction.
   */
  commitOrder(input: {
    userId: number;
    idempotencyKey: string;
    placedVia: Mode;
    items: { petId: number; quantity: number }[];
    price: (claimed: ClaimedPet[]) => PricedOrder;
  }): Promise<PlacedOrder>;
}
