// A plain HTML form (works with JavaScript off): posts to a monolith form handler, which validates on the
// server and redirects back with ?notice= or ?error=. No data access here — everything comes in as props.
// `noValidate`: the server is the one judge of a quantity, so every bad value gets the same role="alert"
// message whether or not the browser would have caught it.
import { useTranslations } from "next-intl";
import { MAX_QUANTITY } from "../core/cart/cart-schemas";
import { CsrfField } from "./csrf-field";

/** The quantity field, the "Add to cart" button and the limit hint: the inside of either store's form. */
export function AddToCartFields({ petId, maxQuantity }: { petId: number; maxQuantity: number }) {
  const t = useTranslations("catalog");
  const soldOut = maxQuantity <= 0;
  const inputId = `add-to-cart-quantity-${petId}`;
  return (
    <>
      <div className="w-28">
        <label htmlFor={inputId} className="label">
          {t("quantity")}
        </label>
        <input
          id={inputId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(1, Math.min(maxQuantity, MAX_QUANTITY))}
          step={1}
          defaultValue={1}
          required
          disabled={soldOut}
          className="input"
        />
      </div>
      {soldOut ? (
        <button type="submit" disabled aria-label={t("addToCart")} className="btn-primary min-w-40 py-2.5">
          {t("soldOut")}
        </button>
      ) : (
        <button type="submit" className="btn-primary min-w-40 py-2.5">
          {t("addToCart")}
        </button>
      )}
      {soldOut ? null : (
        <p className="basis-full text-xs text-stone-500">
          {maxQuantity === 1 ? t("onlyOneAvailable") : t("upToPerOrder", { max: Math.min(maxQuantity, MAX_QUANTITY) })}
        </p>
      )}
    </>
  );
}

export const addToCartFormClass = "card flex flex-wrap items-end gap-4 p-5";

export function AddToCartForm({
  action,
  csrfToken,
  petId,
  maxQuantity,
  returnTo,
}: {
  action: string;
  csrfToken: string;
  petId: number;
  maxQuantity: number;
  returnTo: string;
}) {
  return (
    <form action={action} method="post" noValidate className={addToCartFormClass}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="petId" value={petId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <AddToCartFields petId={petId} maxQuantity={maxQuantity} />
    </form>
  );
}
