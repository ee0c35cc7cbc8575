import "server-only";
// GET /api/baas/orders/{id}: another user's order answers 404, exactly like a missing one.
import { petIdSchema } from "../../core/catalog/catalog-schemas";
import { AppError } from "../../core/errors/app-error";
import { getUserOrder } from "../../infra/orders/get-user-order";
import type { VerifiedToken } from "../token/verify-baas-token";
import { tokenUserId } from "./read-orders";
import { orderResponseSchema } from "../../core/contract/serverless-api";
import { contractJson } from "../gateway/contract-json";

export async function readOrder(token: VerifiedToken | null, id: string): Promise<Response> {
  const userId = tokenUserId(token);
  const parsed = petIdSchema.safeParse(id); // same rule: a positive integer id
  const order = parsed.success ? await getUserOrder(userId, parsed.data) : null;
  if (!order) throw AppError.of("not_found", "data.noSuchOrder");
  return contractJson(orderResponseSchema, { order }, { headers: { "Cache-Control": "no-store" } });
}
