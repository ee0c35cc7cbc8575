// Form handler: set the quantity of one cart line, then 303 back to the cart.
import type { NextRequest } from "next/server";
import { CART_PATH, cartReturnPath } from "@/monolith/cart/cart-return-path";
import { updateCartItem } from "@/monolith/cart/update-cart-item";
import { handleFormPost, withMessage } from "@/monolith/forms/handle-form-post";

export async function POST(request: NextRequest) {
  return handleFormPost(
    request,
    async (form, session) => {
      const updated = await updateCartItem(session.ownerKey, { petId: form.get("petId"), quantity: form.get("quantity") });
      return { redirectTo: withMessage(cartReturnPath(form), "notice", `Updated ${updated.petName}: quantity ${updated.quantity}.`) };
    },
    (form) => cartReturnPath(form, CART_PATH),
  );
}
