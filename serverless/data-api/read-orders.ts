import "server-only";
// GET /api/baas/orders: only the token owner's orders, newest first.
import { AppError } from "../../core/errors/app-error";
import { listUserOrders } from "../../infra/orders/list-user-orders";
import type { VerifiedToken } from "../token/verify-baas-token";
import { ordersResponseSchema } from "../../core/contract/serverless-api";
import { contractJson } from "../gateway/contract-json";

export function tokenUserId(token: VerifiedToken | null): number {
  if (token?.userId === undefined) throw AppError.of("forbidden", "token.ordersNeedUser");
  return token.userId;
}

export async function readOrders(token: VerifiedToken | null): Promise<Response> {
  return contractJson(
    ordersResponseSchema,
    { orders: await listUserOrders(tokenUserId(token)) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
