// Serverless checkout: the browser sends the cart's ids and quantities to the purchase function with the
// user's bearer token and an idempotency key; the function re-prices, checks stock atomically and saves.
// ARCH: the monolith's checkout form carries only a key and the server reads its own cart; here the cart
// lives in the browser, so the request carries the items — and the function trusts nothing but ids and
// quantities (never a price from the browser).
import { useRef, useState } from "react";
import { useSession } from "next-auth/react";
import { Alert } from "@/components/alert";
import { CheckoutHeading, CheckoutSummary, EmptyCheckout, StockChangedNotice } from "@/components/checkout-summary";
import { removePurchased } from "../cart-store";
import { ApiError, callApi } from "../data-api";
import { newIdempotencyKey } from "../new-idempotency-key";
import { navigate } from "../navigation";
import { usePricedCart } from "../use-priced-cart";
import { useDocumentTitle } from "../use-document-title";
import { RequireLogin } from "./require-login";
import { ErrorState, Spinner } from "./view-states";
import { purchaseResponseSchema } from "@/core/contract/serverless-api";

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
      const placed = await callApi(purchaseResponseSchema, "/api/functions/purchase", {
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
      <CheckoutHeading signedInAs={session?.user?.email ?? session?.user?.name} />
      {error ? <Alert>{error}</Alert> : null}

      {lines.length === 0 ? (
        <EmptyCheckout storePath="/serverless" />
      ) : cart.status === "loading" ? (
        <div className="card">
          <Spinner label="Pricing your cart" />
        </div>
      ) : cart.status === "error" ? (
        <ErrorState error={cart.error} onRetry={cart.retry} />
      ) : (
        <>
          <CheckoutSummary lines={cart.data.lines} totalCents={cart.data.totalCents} />
          {cart.data.hasProblems ? <StockChangedNotice cartHref="/serverless/cart" /> : null}

          <div className="card flex flex-col gap-4 p-6 sm:flex-row sm:items-center sm:justify-between">
            <p className="max-w-md text-sm text-stone-600">
              Your browser sends the pets and quantities to the <strong>purchase function</strong>, which prices them from the catalog and
              reserves the stock in one transaction. Pressing twice places one order.
            </p>
            <div className="flex shrink-0 items-center gap-3 whitespace-nowrap">
              <a href="/serverless/cart" className="btn-secondary py-2.5">
                Back to cart
              </a>
              <button
                type="button"
                onClick={placeOrder}
                disabled={placing}
                aria-busy={placing}
                className="btn-primary px-6 py-2.5 text-base"
              >
                {placing ? (
                  <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-white/50 border-t-white" />
                ) : null}
                Place order
              </button>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
