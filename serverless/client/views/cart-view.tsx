// Serverless cart: the lines live in localStorage; prices and stock come fresh from the data API.
// ARCH: the monolith's cart is a database row behind the server session and every change is a form post;
// here every change is a local write (instant, no server) and only the purchase function will see the cart.
import { useLocale, useTranslations } from "next-intl";
import { wordsIn, noticeIn } from "@/core/errors/error-text";
import { useState } from "react";
import { Alert } from "@/components/alert";
import { CartHeading, CartQuantityForm, CartWithSummary, EmptyCart, RemoveButton } from "@/components/cart-lines-table";
import { removeFromCart, setCartQuantity, type CartChange } from "../cart-store";
import { usePricedCart } from "../use-priced-cart";
import { useDocumentTitle } from "../use-document-title";
import { ErrorState, Spinner } from "./view-states";

export function CartView() {
  const t = useTranslations("cart");
  const locale = useLocale();
  useDocumentTitle(t("title"));
  const { lines, cart } = usePricedCart();
  const [message, setMessage] = useState<CartChange | null>(null);

  return (
    <div className="space-y-6">
      <CartHeading itemCount={cart.status === "ok" && cart.data.lines.length > 0 ? cart.data.itemCount : null} note={t("keptInBrowser")} />
      {message && !message.ok ? <Alert>{wordsIn(message.error, "bad_request", locale)}</Alert> : null}
      {message && message.ok ? <Alert kind="notice">{noticeIn(message.message, locale)}</Alert> : null}

      {lines.length === 0 ? (
        <EmptyCart storeHref="/serverless" />
      ) : cart.status === "loading" ? (
        <div className="card">
          <Spinner label={t("pricing")} />
        </div>
      ) : cart.status === "error" ? (
        <ErrorState error={cart.error} onRetry={cart.retry} />
      ) : (
        <CartWithSummary
          cart={cart.data}
          mode="serverless"
          quantityControl={(line) => (
            <CartQuantityForm
              line={line}
              onSubmit={(e) => {
                e.preventDefault();
                const form = e.currentTarget;
                const change = setCartQuantity({ id: line.petId, name: line.name, stock: line.stock }, new FormData(form).get("quantity"));
                // A refused value goes back to what the cart holds (as the monolith's reloaded page shows it).
                if (!change.ok) form.reset();
                setMessage(change);
              }}
            />
          )}
          removeControl={(line) => (
            <RemoveButton
              what={line.name}
              onClick={() => {
                removeFromCart(line.petId);
                setMessage({ ok: true, message: `Removed ${line.name} from your cart.` });
              }}
            />
          )}
        >
          {cart.data.missing.map((line) => (
            <li key={line.petId} className="flex flex-wrap items-center justify-between gap-4 p-5">
              <p className="rounded-md bg-amber-50 px-2 py-1 text-sm font-medium text-amber-900">{t("missingPet", { id: line.petId })}</p>
              <RemoveButton what={t("missingPetWhat", { id: line.petId })} onClick={() => removeFromCart(line.petId)} />
            </li>
          ))}
        </CartWithSummary>
      )}
    </div>
  );
}
