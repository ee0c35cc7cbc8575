import "server-only";
// The purchase function. ARCH: it stays server-side in the serverless store too, for security: the browser
// says only which pets and how many; prices come from the catalog, stock is decremented atomically and the
// idempotency key makes a retry return the same order — the very same core rule the monolith checkout calls.
import { AppError } from "../../../core/errors/app-error";
import { parseInput } from "../../../core/errors/parse-input";
import { purchaseResponseSchema } from "../../../core/contract/serverless-api";
import { placeOrderSchema } from "../../../core/orders/order-schemas";
import { placeOrder } from "../../../core/orders/place-order";
import { orderStore } from "../../../infra/orders/order-store";
import type { ServerlessFunction } from "../../runtime/function-runtime";
import { readJsonBody } from "../../../infra/http/read-body";
import { contractJson } from "../../gateway/contract-json";

export const MAX_BODY_BYTES = 16 * 1024;

export const purchaseFunction: ServerlessFunction<null> = {
  name: "purchase",
  // Nothing to warm up: each call talks to the database.
  init: async () => null,
  async handle(request, ctx) {
    const userId = Number(ctx.token?.sub);
    if (!Number.isInteger(userId) || userId <= 0) throw AppError.of("forbidden", "token.purchaseNeedsUser");
    const body = await readJsonBody(request, {
      maxBytes: MAX_BODY_BYTES,
      tooLarge: { id: "purchase.tooLarge" },
      invalid: "purchase.sendOrderJson",
    });
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw AppError.of("bad_request", "purchase.sendOrder");
    }
    // Unknown fields (price, total, userId...) are stripped by the schema: a client cannot set them.
    const input = parseInput(placeOrderSchema, body);
    const placed = await placeOrder(orderStore, { ...input, userId, placedVia: "serverless" });
    return contractJson(
      purchaseResponseSchema,
      { orderId: placed.orderId, totalCents: placed.totalCents },
      { status: 201, headers: { "Cache-Control": "no-store", ...(placed.replayed ? { "x-idempotent-replay": "true" } : {}) } },
    );
  },
};
