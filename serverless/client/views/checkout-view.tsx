// Serverless checkout: the browser sends the cart's ids and quantities to the purchase function with the
// user's bearer token and an idempotency key; the function re-prices, checks stock atomically and saves.
// ARCH: the monolith's checkout form carries only a key and the server reads its own cart; here the cart
// lives in the browser, so the request carries the items — and the function trusts nothing but ids and
// quantities (never a price from the browser).
import { useLocale, useTranslations } from "next-intl";
import { wordsIn } from "@/core/errors/error-text";
import { useRef, useState } from "react";
import { useSession } from "../auth-session";
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
  const t = useTranslations("checkout");
  useDocumentTitle(t("title"));
  return (
    <RequireLogin next="/serverless/checkout">
      <Checkout />
    </RequireLogin>
  );
}

type CheckoutT = ReturnType<typeof useTranslations<"checkout">>;

function purchaseErrorMessage(error: unknown, t: CheckoutT, locale: string): string {
  if (!(error instanceof ApiError)) return t("failed");
  if (error.status === 401 || error.status === 403) return t("loginExpired");
  if (error.status === 409 && !error.message) return t("unavailable");
  // The function already answers in the request's language; a message worded in the browser is translated here.
  return locale === "zh-CN" ? wordsIn(error.message, "internal", "zh-CN") : error.message;
}

function Checkout() {
  const { data: session } = useSession();
  const { lines, cart } = usePricedCart();
  const t = useTranslations("checkout");
  const tc = useTranslations("cart");
  const locale = useLocale();
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
      setError(purchaseErrorMessage(e, t, locale));
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
          <Spinner label={tc("pricing")} />
        </div>
      ) : cart.status === "error" ? (
        <ErrorState error={cart.error} onRetry={cart.retry} />
      ) : (
        <>
          <CheckoutSummary lines={cart.data.lines} totalCents={cart.data.totalCents} />
          {cart.data.hasProblems ? <StockChangedNotice cartHref="/serverless/cart" /> : null}

          <div className="card flex flex-col gap-4 p-6 sm:flex-row sm:items-center sm:justify-between">
            <p className="max-w-md text-sm text-stone-600">
              {t.rich("serverlessExplain", { strong: (chunks) => <strong>{chunks}</strong> })}
            </p>
            <div className="flex shrink-0 items-center gap-3 whitespace-nowrap">
              <a href="/serverless/cart" className="btn-secondary py-2.5">
                {t("backToCart")}
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
                {t("placeOrder")}
              </button>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
