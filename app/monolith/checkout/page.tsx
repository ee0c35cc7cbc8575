// Monolith checkout: the signed-in user's server-side cart, and a form that carries only a fresh
// idempotency key — the server reads items and prices itself when the form comes back.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { randomUUID } from "node:crypto";
import { requireUser } from "@/monolith/auth/require-user";
import { getCart } from "@/monolith/cart/get-cart";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { Alert } from "@/components/alert";
import { CsrfField } from "@/components/csrf-field";
import { CheckoutHeading, CheckoutSummary, EmptyCheckout, StockChangedNotice } from "@/components/checkout-summary";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkout"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckoutPage({ searchParams }: Props) {
  const user = await requireUser("/monolith/checkout");
  const sp = await searchParams;
  const error = typeof sp.error === "string" ? sp.error : undefined;
  const session = await getSessionContext();
  const cart = await getCart(session.ownerKey);
  // A new key each time the page renders: submitting this form twice (double click, back + resubmit)
  // places one order; opening checkout again starts a new one.
  const idempotencyKey = randomUUID();
  const t = await getTranslations("checkout");

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <CheckoutHeading signedInAs={user.email} />
      {error ? <Alert>{error}</Alert> : null}

      {cart.lines.length === 0 ? (
        <EmptyCheckout storePath="/monolith" />
      ) : (
        <>
          <CheckoutSummary lines={cart.lines} totalCents={cart.totalCents} />
          {cart.hasProblems ? <StockChangedNotice cartHref="/monolith/cart" /> : null}

          <form
            action="/api/monolith/checkout"
            method="post"
            className="card flex flex-col gap-4 p-6 sm:flex-row sm:items-center sm:justify-between"
          >
            <CsrfField token={session.csrfToken} />
            <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
            <p className="max-w-md text-sm text-stone-600">{t("monolithExplain")}</p>
            <div className="flex shrink-0 items-center gap-3 whitespace-nowrap">
              <a href="/monolith/cart" className="btn-secondary py-2.5">
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
