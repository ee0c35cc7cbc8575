import { activeFault, faultSleep } from "../../infra/faults/fault-state";
import "server-only";
// Monolith checkout: turns the signed-in user's server-side cart into an order with the core placeOrder
// rule. Nothing priced comes from the form — only the idempotency key; items and prices are read here.
// ARCH: in the monolith the purchase runs inside the web server process, in the same request as the form
// post; the serverless twin sends the same placeOrder call to a purchase function behind a gateway.
import { AppError } from "../../core/errors/app-error";
import { parseInput } from "../../core/errors/parse-input";
import { idempotencyKeySchema, placeOrderSchema } from "../../core/orders/order-schemas";
import { placeOrder } from "../../core/orders/place-order";
import { prisma } from "../../infra/db/prisma-client";
import { orderStore } from "../../infra/orders/order-store";
import { removeOrderedLines } from "../cart/remove-ordered-lines";

export type CheckoutResult = { orderId: number; totalCents: number; replayed: boolean };

export async function checkOutCart(userId: number, rawIdempotencyKey: unknown): Promise<CheckoutResult> {
  const idempotencyKey = parseInput(idempotencyKeySchema, rawIdempotencyKey);
  // ARCH: the "function timeout" switch slows checkout too; the monolith request just takes longer (twin: the purchase function's 504).
  await faultSleep(activeFault("function-timeout")?.slowMs ?? 0);

  const cart = await prisma.cart.findUnique({
    where: { ownerKey: `u:${userId}` },
    select: { id: true, items: { select: { petId: true, quantity: true }, orderBy: { petId: "asc" } } },
  });
  if (!cart || cart.items.length === 0) {
    // A double submit: the first request already placed the order and emptied the cart. Answer with that
    // order (only here: the usual checkout reads no key at all, the unique index on it is the check).
    const seen = await orderStore.findOrderByKey(userId, idempotencyKey);
    if (seen) return { ...seen, replayed: true };
    throw AppError.of("bad_request", "cart.empty");
  }
  const input = parseInput(placeOrderSchema, { items: cart.items, idempotencyKey });
  const placed = await placeOrder(orderStore, { ...input, userId, placedVia: "monolith" });
  if (placed.replayed) return placed;

  await removeOrderedLines(cart.id, input.items);
  return placed;
}
