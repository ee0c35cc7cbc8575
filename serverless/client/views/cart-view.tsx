// Serverless cart: the lines live in localStorage; prices and stock come fresh from the data API.
// ARCH: the monolith's cart is a database row behind the server session and every change is a form post;
// here every change is a local write (instant, no server) and only the purchase function will see the cart.
import { useState } from "react";
import { MAX_QUANTITY } from "@/core/cart/cart-schemas";
import { formatPrice } from "@/core/money/format-price";
import { Alert } from "@/components/alert";
import { EmptyState } from "@/components/empty-state";
import { PetThumbnail } from "@/components/pet-thumbnail";
import { removeFromCart, setCartQuantity, type CartChange } from "../cart-store";
import { usePricedCart } from "../use-priced-cart";
import { useDocumentTitle } from "../use-document-title";
import { ErrorState, Spinner } from "./view-states";

export function CartView() {
  useDocumentTitle("Your cart");
  const { lines, cart } = usePricedCart();
  const [message, setMessage] = useState<CartChange | null>(null);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Your cart</h1>
        {cart.status === "ok" && cart.data.lines.length > 0 ? (
          <p className="text-sm text-stone-500">
            {cart.data.itemCount} {cart.data.itemCount === 1 ? "pet" : "pets"} · prices are today&apos;s catalog prices · kept in this browser
          </p>
        ) : null}
      </div>
      {message && !message.ok ? <Alert>{message.error}</Alert> : null}
      {message && message.ok ? <Alert kind="notice">{message.message}</Alert> : null}

      {lines.length === 0 ? (
        <EmptyState icon="cart" title="Your cart is empty" action={<a href="/serverless" className="btn-primary px-6 py-2.5">Browse pets</a>}>
          Find a friend on the home page or search for a breed, then press &ldquo;Add to cart&rdquo;.
        </EmptyState>
      ) : cart.status === "loading" ? (
        <div className="card">
          <Spinner label="Pricing your cart" />
        </div>
      ) : cart.status === "error" ? (
        <ErrorState error={cart.error} onRetry={cart.retry} />
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[1fr_20rem]">
          <ul aria-label="Cart items" className="card divide-y divide-stone-100">
            {cart.data.lines.map((line) => {
              const qtyId = `quantity-${line.petId}`;
              return (
                <li key={line.petId} className="flex flex-col gap-4 p-5 sm:flex-row sm:items-center">
                  <a href={`/serverless/pets/${line.petId}`} tabIndex={-1} aria-hidden>
                    <PetThumbnail url={line.thumbnailUrl} name={line.name} size={88} />
                  </a>
                  <div className="min-w-0 flex-1 space-y-1">
                    <a href={`/serverless/pets/${line.petId}`} className="text-lg font-semibold text-stone-900 hover:text-brand-700">{line.name}</a>
                    <p className="text-sm text-stone-500">{line.categoryName} · {line.breed}</p>
                    <p className="text-sm text-stone-700">
                      <span className="font-medium">{formatPrice(line.unitPriceCents)}</span> each
                    </p>
                    {line.problem ? <p className="rounded-md bg-amber-50 px-2 py-1 text-sm font-medium text-amber-900">⚠ {line.problem}</p> : null}
                  </div>
                  <div className="flex flex-wrap items-end gap-3 sm:justify-end">
                    <form
                      noValidate
                      className="flex items-end gap-2"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const form = e.currentTarget;
                        const change = setCartQuantity({ id: line.petId, name: line.name, stock: line.stock }, new FormData(form).get("quantity"));
                        // A refused value goes back to what the cart holds (as the monolith's reloaded page shows it).
                        if (!change.ok) form.reset();
                        setMessage(change);
                      }}
                    >
                      <div className="w-20">
                        <label htmlFor={qtyId} className="label">
                          Quantity<span className="sr-only"> of {line.name}</span>
                        </label>
                        {/* Keyed by the stored quantity: the field resets to it after every accepted change. */}
                        <input
                          key={line.quantity}
                          id={qtyId}
                          name="quantity"
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={Math.max(1, Math.min(line.stock, MAX_QUANTITY))}
                          step={1}
                          defaultValue={line.quantity}
                          className="input"
                        />
                      </div>
                      <button type="submit" className="btn-secondary">
                        Update<span className="sr-only"> quantity of {line.name}</span>
                      </button>
                    </form>
                    <button
                      type="button"
                      onClick={() => {
                        removeFromCart(line.petId);
                        setMessage({ ok: true, message: `Removed ${line.name} from your cart.` });
                      }}
                      className="btn border border-transparent text-red-700 shadow-none hover:bg-red-50"
                    >
                      Remove<span className="sr-only"> {line.name} from cart</span>
                    </button>
                  </div>
                  <p className="text-right text-lg font-bold tabular-nums text-stone-900 sm:w-28">
                    <span className="sr-only">Line total: </span>
                    {formatPrice(line.lineTotalCents)}
                  </p>
                </li>
              );
            })}
            {cart.data.missing.map((line) => (
              <li key={line.petId} className="flex flex-wrap items-center justify-between gap-4 p-5">
                <p className="rounded-md bg-amber-50 px-2 py-1 text-sm font-medium text-amber-900">⚠ A pet in your cart (#{line.petId}) is no longer in the store.</p>
                <button type="button" onClick={() => removeFromCart(line.petId)} className="btn border border-transparent text-red-700 shadow-none hover:bg-red-50">
                  Remove<span className="sr-only"> pet #{line.petId} from cart</span>
                </button>
              </li>
            ))}
          </ul>

          <aside aria-labelledby="summary-heading" className="card space-y-4 p-6 lg:sticky lg:top-28">
            <h2 id="summary-heading" className="text-lg font-bold">Order summary</h2>
            <dl className="space-y-2 text-sm">
              <div className="flex justify-between">
                <dt className="text-stone-600">Pets</dt>
                <dd className="tabular-nums">{cart.data.itemCount}</dd>
              </div>
              <div className="flex justify-between border-t border-stone-100 pt-3 text-base">
                <dt className="font-semibold">Total</dt>
                <dd className="font-bold tabular-nums text-brand-700" data-testid="cart-total">{formatPrice(cart.data.totalCents)}</dd>
              </div>
            </dl>
            {cart.data.hasProblems ? (
              <p className="text-sm text-amber-800">Some pets have less stock than your cart asks for. Lower the quantity before you check out.</p>
            ) : null}
            <a href="/serverless/checkout" className="btn-primary w-full py-3 text-base">Checkout</a>
            <a href="/serverless" className="block text-center text-sm font-medium text-stone-600 hover:text-brand-700">Continue shopping</a>
          </aside>
        </div>
      )}
    </div>
  );
}
