// What placing an order needs from storage. The adapter must make `commitOrder` atomic: either every
// stock decrement and the order are written, or nothing is (stock never goes below zero).
import type { PetForPricing, PricedOrder } from "./price-order";
import type { Mode } from "../architecture/mode";

export type PlacedOrder = { orderId: number; totalCents: number; replayed: boolean };

export interface OrderStorePort {
  findOrderByKey(userId: number, idempotencyKey: string): Promise<{ orderId: number; totalCents: number } | null>;
  loadPetsForPricing(petIds: number[]): Promise<PetForPricing[]>;
  /** Atomically re-checks stock, decrements it and writes the order; throws AppError("out_of_stock") if any line lacks stock. */
  commitOrder(input: { userId: number; idempotencyKey: string; placedVia: Mode; priced: PricedOrder }): Promise<PlacedOrder>;
}
