// Monolith checkout: the signed-in user's server-side cart, and a form that carries only a fresh
// idempotency key — the server reads items and prices itself when the form comes back.
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { formatPrice } from "@/core/money/format-price";
import { requireUser } from "@/monolith/auth/require-user";
import { getCart } from "@/monolith/cart/get-cart";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { Alert } from "@/components/alert";
import { CsrfField } from "@/components/csrf-field";
import { EmptyState } from "@/components/empty-state";
import { PetThumbnail } from "@/components/pet-thumbnail";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout" };

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

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Checkout</h1>
        <p className="mt-1 text-sm text-stone-500">Signed in as {user.email}</p>
      </div>
      {error ? <Alert>{error}</Alert> : null}

      {cart.lines.length === 0 ? (
        <EmptyState icon="cart" title="Your cart is empty" action={<a href="/monolith" className="btn-primary px-6 py-2.5">Browse pets</a>}>
          There is nothing to check out yet. Your past orders are in <a href="/monolith/orders" className="font-semibold text-brand-700 underline">order history</a>.
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="checkout-summary" className="card overflow-hidden">
            <h2 id="checkout-summary" className="border-b border-stone-100 bg-stone-50/70 px-6 py-4 text-lg font-bold">Order summary</h2>
            <ul className="divide-y divide-stone-100 px-6">
              {cart.lines.map((line) => (
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
              <span className="text-2xl font-bold tabular-nums text-brand-700">{formatPrice(cart.totalCents)}</span>
            </div>
          </section>

          {cart.hasProblems ? (
            <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
              Stock has changed since you filled your cart. <a href="/monolith/cart" className="font-semibold underline">Adjust your cart</a> first, or
              placing the order will be refused.
            </p>
          ) : null}

          <form action="/api/monolith/checkout" method="post" className="card flex flex-col gap-4 p-6 sm:flex-row sm:items-center sm:justify-between">
            <CsrfField token={session.csrfToken} />
            <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
            <p className="max-w-md text-sm text-stone-600">
              The server re-reads your cart, prices it from the catalog and reserves the stock in one transaction. Pressing twice places one order.
            </p>
            <div className="flex shrink-0 items-center gap-3 whitespace-nowrap">
              <a href="/monolith/cart" className="btn-secondary py-2.5">Back to cart</a>
              <button type="submit" className="btn-primary px-6 py-2.5 text-base">Place order</button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
