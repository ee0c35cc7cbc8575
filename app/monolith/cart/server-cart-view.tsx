// The server-rendered cart, shared by the monolith and the hybrid store (whose cart stays on the server while its
// pages do): the store's base path decides where links and the forms' return address point.
import { getCart } from "@/monolith/cart/get-cart";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { Alert } from "@/components/alert";
import { CsrfField } from "@/components/csrf-field";
import { CartHeading, CartLinesTable, CartQuantityForm, CartSummary, EmptyCart, RemoveButton } from "@/components/cart-lines-table";
import { flashMessage } from "@/monolith/forms/flash-message";

type SearchParams = Record<string, string | string[] | undefined>;

export async function ServerCartView({ base, sp, note }: { base: "/monolith" | "/hybrid"; sp: SearchParams; note?: React.ReactNode }) {
  const error = flashMessage(sp, "error");
  const notice = flashMessage(sp, "notice");
  const session = await getSessionContext();
  const cart = await getCart(session.ownerKey);
  const returnTo = <input type="hidden" name="returnTo" value={`${base}/cart`} />;

  return (
    <div className="space-y-6">
      <CartHeading itemCount={cart.lines.length > 0 ? cart.itemCount : null} />
      {error ? <Alert>{error}</Alert> : null}
      {notice ? <Alert kind="notice">{notice}</Alert> : null}
      {note}

      {cart.lines.length === 0 ? (
        <EmptyCart storeHref={base} />
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[1fr_20rem]">
          <CartLinesTable
            lines={cart.lines}
            hrefForPet={(id) => `${base}/pets/${id}`}
            quantityControl={(line) => (
              <CartQuantityForm line={line} action="/api/monolith/cart/update" method="post">
                <CsrfField token={session.csrfToken} />
                {returnTo}
                <input type="hidden" name="petId" value={line.petId} />
              </CartQuantityForm>
            )}
            removeControl={(line) => (
              <form action="/api/monolith/cart/remove" method="post">
                <CsrfField token={session.csrfToken} />
                {returnTo}
                <input type="hidden" name="petId" value={line.petId} />
                <RemoveButton what={line.name} />
              </form>
            )}
          />
          <CartSummary
            itemCount={cart.itemCount}
            totalCents={cart.totalCents}
            hasProblems={cart.hasProblems}
            checkoutHref={`${base}/checkout`}
            storeHref={base}
          />
        </div>
      )}
    </div>
  );
}
