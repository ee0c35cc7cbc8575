// Serverless checkout: the browser sends the cart's ids and quantities to the purchase function with the
// user's bearer token and an idempotency key; the function re-prices, checks stock atomically and saves.
// ARCH: the monolith's checkout form carries only a key and the server reads its own cart; here the cart
// lives in the browser, so the request carries the items — and the function trusts nothing but ids and
// quantities (never a price from the browser).
import { useRef, useState } from "react";
import { useSession } from "next-auth/react";
import { formatPrice } from "@/core/money/format-price";
import { Alert } from "@/components/alert";
import { EmptyState } from "@/components/empty-state";
import { PetThumbnail } from "@/components/pet-thumbnail";
import { removePurchased } from "../cart-store";
import { ApiError, callApi } from "../data-api";
import { newIdempotencyKey } from "../new-idempotency-key";
import { navigate } from "../navigation";
import { usePricedCart } from "../use-priced-cart";
import { useDocumentTitle } from "../use-document-title";
import { RequireLogin } from "./require-login";
import { ErrorState, Spinner } from "./view-states";

export function CheckoutView() {
  useDocumentTitle("Checkout");
  return (
    <RequireLogin next="/serverless/checkout">
      <Checkout />
    </RequireLogin>
  );
}

function purchaseErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong while placing your order. Please try again.";
  if (error.status === 401 || error.status === 403) return "Your login has expired. Log in again, then place your order.";
  if (error.status === 409 && !error.message) return "Some pets in your cart are no longer available in that quantity.";
  return error.message;
}

function Checkout() {
  const { data: session } = useSession();
  const { lines, cart } = usePricedCart();
  // One key per checkout attempt: a double click or a retry after a network failure sends the same key,
  // so the function places one order. A definite refusal (409/400) starts a fresh attempt.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const inFlight = useRef(false);
  const [placing, setPlacing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function placeOrder() {
    if (inFlight.current) return;
    inFlight.current = true;
    setPlacing(true);
    setError(null);
    const items = lines.map((l) => ({ petId: l.petId, quantity: l.quantity }));
    try {
      const placed = await callApi<{ orderId: number; total: number }>("/api/functions/purchase", {
        method: "POST",
        body: { items, idempotencyKey },
        scope: "purchase",
      });
      removePurchased(items);
      navigate(`/serverless/orders?placed=${placed.orderId}`);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 400 || e.status === 409)) setIdempotencyKey(newIdempotencyKey());
      setError(purchaseErrorMessage(e));
      inFlight.current = false;
      setPlacing(false);
    }
  }

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Checkout</h1>
        <p className="mt-1 text-sm text-stone-500">Signed in as {session?.user?.email ?? session?.user?.name}</p>
      </div>
      {error ? <Alert>{error}</Alert> : null}

      {lines.length === 0 ? (
        <EmptyState icon="cart" title="Your cart is empty" action={<a href="/serverless" className="btn-primary px-6 py-2.5">Browse pets</a>}>
          There is nothing to check out yet. Your past orders are in <a href="/serverless/orders" className="font-semibold text-brand-700 underline">order history</a>.
        </EmptyState>
      ) : cart.status === "loading" ? (
        <div className="card">
          <Spinner label="Pricing your cart" />
        </div>
      ) : cart.status === "error" ? (
        <ErrorState error={cart.error} onRetry={cart.retry} />
      ) : (
        <>
          <section aria-labelledby="checkout-summary" className="card overflow-hidden">
            <h2 id="checkout-summary" className="border-b border-stone-100 bg-stone-50/70 px-6 py-4 text-lg font-bold">Order summary</h2>
            <ul className="divide-y divide-stone-100 px-6">
              {cart.data.lines.map((line) => (
                <li key={line.petId} className="flex items-center gap-4 py-4">
                  <PetThumbnail url={line.thumbnailUrl} name={line.name} size={56} />
                  <div className="min-w-0 flex-1">
                    <p className="font-semibold text-stone-900">{line.name}</p>
                    <p className="text-sm text-stone-500">
                      {line.quantity} × {formatPrice(line.unitPriceCents)}
                    </p>
                    {line.problem ? <p className="mt-1 text-sm font-medium text-amber-800">⚠ {line.problem}</p> : null}
                  </div>
                  <span className="font-semibold tabular-nums">{formatPrice(line.lineTotalCents)}</span>
                </li>
              ))}
            </ul>
            <div className="flex items-center justify-between border-t border-stone-200 px-6 py-4">
              <span className="font-semibold">Total</span>
              <span className="text-2xl font-bold tabular-nums text-brand-700">{formatPrice(cart.data.totalCents)}</span>
            </div>
          </section>

          {cart.data.hasProblems ? (
            <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
              Stock has changed since you filled your cart. <a href="/serverless/cart" className="font-semibold underline">Adjust your cart</a> first, or
              placing the order will be refused.
            </p>
          ) : null}

          <div className="card flex flex-col gap-4 p-6 sm:flex-row sm:items-center sm:justify-between">
            <p className="max-w-md text-sm text-stone-600">
              Your browser sends the pets and quantities to the <strong>purchase function</strong>, which prices them from the catalog and reserves the
              stock in one transaction. Pressing twice places one order.
            </p>
            <div className="flex shrink-0 items-center gap-3 whitespace-nowrap">
              <a href="/serverless/cart" className="btn-secondary py-2.5">Back to cart</a>
              <button type="button" onClick={placeOrder} disabled={placing} aria-busy={placing} className="btn-primary px-6 py-2.5 text-base">
                {placing ? <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-white/50 border-t-white" /> : null}
                Place order
              </button>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
