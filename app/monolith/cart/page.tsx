// Monolith cart: rendered on the server from the cart row in the database; every change is an HTML form
// post that answers with a 303 back here.
// ARCH: the cart lives in the server's database, owned by the session (or the user once logged in); the
// serverless twin keeps its cart in the browser (localStorage) and only the purchase function sees it.
import type { Metadata } from "next";
import { MAX_QUANTITY } from "@/core/cart/cart-schemas";
import { formatPrice } from "@/core/money/format-price";
import { getCart } from "@/monolith/cart/get-cart";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { Alert } from "@/components/alert";
import { CsrfField } from "@/components/csrf-field";
import { EmptyState } from "@/components/empty-state";
import { PetThumbnail } from "@/components/pet-thumbnail";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your cart" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CartPage({ searchParams }: Props) {
  const sp = await searchParams;
  const error = typeof sp.error === "string" ? sp.error : undefined;
  const notice = typeof sp.notice === "string" ? sp.notice : undefined;
  const session = await getSessionContext();
  const cart = await getCart(session.ownerKey);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Your cart</h1>
        {cart.lines.length > 0 ? (
          <p className="text-sm text-stone-500">
            {cart.itemCount} {cart.itemCount === 1 ? "pet" : "pets"} · prices are today&apos;s catalog prices
          </p>
        ) : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {notice ? <Alert kind="notice">{notice}</Alert> : null}

      {cart.lines.length === 0 ? (
        <EmptyState
          icon="cart"
          title="Your cart is empty"
          action={<a href="/monolith" className="btn-primary px-6 py-2.5">Browse pets</a>}
        >
          Find a friend on the home page or search for a breed, then press &ldquo;Add to cart&rdquo;.
        </EmptyState>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[1fr_20rem]">
          <ul aria-label="Cart items" className="card divide-y divide-stone-100">
            {cart.lines.map((line) => {
              const qtyId = `quantity-${line.petId}`;
              return (
                <li key={line.petId} className="flex flex-col gap-4 p-5 sm:flex-row sm:items-center">
                  <a href={`/monolith/pets/${line.petId}`} tabIndex={-1} aria-hidden>
                    <PetThumbnail url={line.thumbnailUrl} name={line.name} size={88} />
                  </a>
                  <div className="min-w-0 flex-1 space-y-1">
                    <a href={`/monolith/pets/${line.petId}`} className="text-lg font-semibold text-stone-900 hover:text-brand-700">{line.name}</a>
                    <p className="text-sm text-stone-500">{line.categoryName} · {line.breed}</p>
                    <p className="text-sm text-stone-700">
                      <span className="font-medium">{formatPrice(line.unitPriceCents)}</span> each
                    </p>
                    {line.problem ? (
                      <p className="rounded-md bg-amber-50 px-2 py-1 text-sm font-medium text-amber-900">⚠ {line.problem}</p>
                    ) : null}
                  </div>
                  <div className="flex flex-wrap items-end gap-3 sm:justify-end">
                    <form action="/api/monolith/cart/update" method="post" noValidate className="flex items-end gap-2">
                      <CsrfField token={session.csrfToken} />
                      <input type="hidden" name="petId" value={line.petId} />
                      <div className="w-20">
                        <label htmlFor={qtyId} className="label">
                          Quantity<span className="sr-only"> of {line.name}</span>
                        </label>
                        <input
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
                    <form action="/api/monolith/cart/remove" method="post">
                      <CsrfField token={session.csrfToken} />
                      <input type="hidden" name="petId" value={line.petId} />
                      <button type="submit" className="btn border border-transparent text-red-700 shadow-none hover:bg-red-50">
                        Remove<span className="sr-only"> {line.name} from cart</span>
                      </button>
                    </form>
                  </div>
                  <p className="text-right text-lg font-bold tabular-nums text-stone-900 sm:w-28">
                    <span className="sr-only">Line total: </span>
                    {formatPrice(line.lineTotalCents)}
                  </p>
                </li>
              );
            })}
          </ul>

          <aside aria-labelledby="summary-heading" className="card space-y-4 p-6 lg:sticky lg:top-28">
            <h2 id="summary-heading" className="text-lg font-bold">Order summary</h2>
            <dl className="space-y-2 text-sm">
              <div className="flex justify-between">
                <dt className="text-stone-600">Pets</dt>
                <dd className="tabular-nums">{cart.itemCount}</dd>
              </div>
              <div className="flex justify-between border-t border-stone-100 pt-3 text-base">
                <dt className="font-semibold">Total</dt>
                <dd className="font-bold tabular-nums text-brand-700" data-testid="cart-total">{formatPrice(cart.totalCents)}</dd>
              </div>
            </dl>
            {cart.hasProblems ? (
              <p className="text-sm text-amber-800">Some pets have less stock than your cart asks for. Lower the quantity before you check out.</p>
            ) : null}
            <a href="/monolith/checkout" className="btn-primary w-full py-3 text-base">Checkout</a>
            <a href="/monolith" className="block text-center text-sm font-medium text-stone-600 hover:text-brand-700">Continue shopping</a>
          </aside>
        </div>
      )}
    </div>
  );
}
