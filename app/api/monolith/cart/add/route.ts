// Form handler: add a pet to the server-side cart, then 303 back to the page that posted (JavaScript off works).
import type { NextRequest } from "next/server";
import { addToCart } from "@/monolith/cart/add-to-cart";
import { cartReturnPath } from "@/monolith/cart/cart-return-path";
import { handleFormPost, withMessage } from "@/monolith/forms/handle-form-post";

export async function POST(request: NextRequest) {
  return handleFormPost(
    request,
    async (form, session) => {
      const added = await addToCart(session.ownerKey, { petId: form.get("petId"), quantity: form.get("quantity") });
      const what = added.added === 1 ? added.petName : `${added.added} × ${added.petName}`;
      return { redirectTo: withMessage(cartReturnPath(form), "notice", `Added ${what} to your cart.`) };
    },
    (form) => cartReturnPath(form),
  );
}
