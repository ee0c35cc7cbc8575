import "server-only";
// A signed-in user's orders, newest first, as DTOs. The query lives in infra/orders (the serverless data API
// reads order history with the very same one); this keeps the monolith's name and signature.
import type { OrderDto } from "../../core/orders/order-dto";
import { ORDER_HISTORY_LIMIT, listUserOrders } from "../../infra/orders/list-user-orders";

export { ORDER_HISTORY_LIMIT };

export async function listOrders(userId: number, limit = ORDER_HISTORY_LIMIT): Promise<OrderDto[]> {
  return listUserOrders(userId, limit);
}
