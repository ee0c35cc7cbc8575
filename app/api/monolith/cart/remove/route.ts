// Form handler: remove one pet from the cart, then 303 back to the cart.
import type { NextRequest } from "next/server";
import { CART_PATH, cartReturnPath } from "@/monolith/cart/cart-return-path";
import { removeCartItem } from "@/monolith/cart/remove-cart-item";
import { handleFormPost, withMessage } from "@/monolith/forms/handle-form-post";

export async function POST(request: NextRequest) {
  return handleFormPost(
    request,
    async (form, session) => {
      const removed = await removeCartItem(session.ownerKey, { petId: form.get("petId") });
      return {
        redirectTo: removed.petName
          ? withMessage(cartReturnPath(form), "notice", `Removed ${removed.petName} from your cart.`)
          : cartReturnPath(form),
      };
    },
    (form) => cartReturnPath(form, CART_PATH),
  );
}
