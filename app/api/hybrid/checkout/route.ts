// POST /api/hybrid/checkout — the hybrid's "Place order" form: the facade routes the purchase, then 303 to orders.
import type { NextRequest } from "next/server";
import { handleFormPost } from "@/monolith/forms/handle-form-post";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridUser } from "@/hybrid/auth/hybrid-user";
import { checkOutHybrid } from "@/hybrid/orders/check-out-hybrid";

const CHECKOUT_PATH = "/hybrid/checkout";

export async function POST(request: NextRequest) {
  return handleFormPost(
    request,
    async (form, session) => {
      const facade = await hybridFacade();
      const user = await hybridUser(facade);
      if (!user) return { redirectTo: `/hybrid/login?next=${encodeURIComponent(CHECKOUT_PATH)}` };
      const order = await checkOutHybrid(facade, user, session.ownerKey, form.get("idempotencyKey"));
      return { redirectTo: `/hybrid/orders?placed=${order.orderId}` };
    },
    () => CHECKOUT_PATH,
  );
}
