// Form handler: place the order for the signed-in user's cart, then 303 to order history.
// A second submit of the same form (same idempotencyKey) lands on the same order.
import type { NextRequest } from "next/server";
import { handleFormPost } from "@/monolith/forms/handle-form-post";
import { checkOutCart } from "@/monolith/orders/check-out-cart";

const CHECKOUT_PATH = "/monolith/checkout";

export async function POST(request: NextRequest) {
  return handleFormPost(
    request,
    async (form, session) => {
      if (!session.user) return { redirectTo: `/monolith/login?next=${encodeURIComponent(CHECKOUT_PATH)}` };
      const order = await checkOutCart(session.user.id, form.get("idempotencyKey"));
      return { redirectTo: `/monolith/orders?placed=${order.orderId}` };
    },
    () => CHECKOUT_PATH,
  );
}
