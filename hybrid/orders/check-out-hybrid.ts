import "server-only";
// The hybrid's checkout: the server cart (pages are still server-rendered) turned into an order by whichever part
// the facade routes purchase to. The in-process checkout with the monolith's own session is the monolith's code
// as is; the purchase function is reached through the gateway with a token for the signed-in user (bridge
// "session-to-token" while auth is the monolith's); with auth at the BaaS and purchase still in the monolith, the
// in-process checkout takes the user id the BaaS session proved (bridge "checkout-trusts-baas").
import { purchaseResponseSchema } from "../../core/contract/serverless-api";
import { AppError } from "../../core/errors/app-error";
import { parseInput } from "../../core/errors/parse-input";
import { idempotencyKeySchema, placeOrderSchema } from "../../core/orders/order-schemas";
import { placeOrder } from "../../core/orders/place-order";
import { prisma } from "../../infra/db/prisma-client";
import { orderStore } from "../../infra/orders/order-store";
import { removeOrderedLines } from "../../monolith/cart/remove-ordered-lines";
import { checkOutCart } from "../../monolith/orders/check-out-cart";
import { purchaseFunction } from "../../serverless/functions/purchase/purchase-function";
import { runFunction } from "../../serverless/runtime/function-runtime";
import type { HybridUser } from "../auth/hybrid-user";
import { callThroughGateway } from "../bridges/call-through-gateway";
import { userTokenFor } from "../bridges/exchange-session-for-token";
import { inMonolith, throughFacade, type Facade } from "../facade/hybrid-facade";

export function checkOutHybrid(
  facade: Facade,
  user: HybridUser,
  cartOwnerKey: string | undefined,
  rawKey: unknown,
): Promise<{ orderId: number }> {
  return throughFacade(facade, "purchase", async () => {
    if (facade.state.purchase === "monolith" && user.via === "monolith-session") {
      return inMonolith("checkout in process", () => checkOutCart(user.id, rawKey));
    }
    const idempotencyKey = parseInput(idempotencyKeySchema, rawKey);
    // A second press of the same form: the first already placed the order and emptied the cart.
    const seen = await orderStore.findOrderByKey(user.id, idempotencyKey);
    if (seen) return seen;
    const cart = cartOwnerKey
      ? await prisma.cart.findUnique({
          where: { ownerKey: cartOwnerKey },
          select: { id: true, items: { select: { petId: true, quantity: true }, orderBy: { petId: "asc" } } },
        })
      : null;
    if (!cart || cart.items.length === 0) throw AppError.of("bad_request", "cart.empty");
    const input = parseInput(placeOrderSchema, { items: cart.items, idempotencyKey });
    const placed =
      facade.state.purchase === "monolith"
        ? await inMonolith("checkout in process (BaaS user)", () =>
            placeOrder(orderStore, { ...input, userId: user.id, placedVia: "monolith" }),
          )
        : await callThroughGateway(
            purchaseResponseSchema,
            { servedBy: "function:purchase", auth: "required", scopes: ["purchase"] },
            runFunction(purchaseFunction),
            { path: "/api/functions/purchase", method: "POST", body: input, token: await userTokenFor(user.id), visitor: facade.headers },
          );
    await removeOrderedLines(cart.id, input.items);
    return { orderId: placed.orderId };
  });
}
