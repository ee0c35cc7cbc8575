// The server-rendered checkout, shared by the monolith and the hybrid store: the signed-in user's server-side
// cart and a form that carries only a fresh idempotency key — the server reads items and prices itself when the
// form comes back. The form posts to the store's own checkout handler (the hybrid's routes the purchase).
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { getCart } from "@/monolith/cart/get-cart";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { Alert } from "@/components/alert";
import { CsrfField } from "@/components/csrf-field";
import { CheckoutHeading, CheckoutSummary, EmptyCheckout, StockChangedNotice } from "@/components/checkout-summary";

type Props = { base: "/monolith" | "/hybrid"; action: string; signedInAs: string; error?: string; explain: string };

export async function ServerCheckoutView({ base, action, signedInAs, error, explain }: Props) {
  const session = await getSessionContext();
  const cart = await getCart(session.ownerKey);
  // A new key each time the page renders: submitting this form twice (double click, back + resubmit)
  // places one order; opening checkout again starts a new one.
  const idempotencyKey = randomUUID();
  const t = await getTranslations("checkout");

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <CheckoutHeading signedInAs={signedInAs} />
      {error ? <Alert>{error}</Alert> : null}

      {cart.lines.length === 0 ? (
        <EmptyCheckout storePath={base} />
      ) : (
        <>
          <CheckoutSummary lines={cart.lines} totalCents={cart.totalCents} />
          {cart.hasProblems ? <StockChangedNotice cartHref={`${base}/cart`} /> : null}

          <form action={action} method="post" className="card flex flex-col gap-4 p-6 sm:flex-row sm:items-center sm:justify-between">
            <CsrfField token={session.csrfToken} />
            <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
            <p className="max-w-md text-sm text-stone-600">{explain}</p>
            <div className="flex shrink-0 items-center gap-3 whitespace-nowrap">
              <a href={`${base}/cart`} className="btn-secondary py-2.5">
                {t("backToCart")}
              </a>
              <button type="submit" className="btn-primary px-6 py-2.5 text-base">
                {t("placeOrder")}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
