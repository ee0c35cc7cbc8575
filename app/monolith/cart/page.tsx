// Monolith cart: rendered on the server from the cart row in the database; every change is an HTML form
// post that answers with a 303 back here.
// ARCH: the cart lives in the server's database, owned by the session (or the user once logged in); the
// serverless twin keeps its cart in the browser (localStorage) and only the purchase function sees it.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCart } from "@/monolith/cart/get-cart";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { Alert } from "@/components/alert";
import { CsrfField } from "@/components/csrf-field";
import {
  CartHeading,
  CartLinesTable,
  CartQuantityFields,
  CartSummary,
  EmptyCart,
  RemoveButton,
  cartQuantityFormClass,
} from "@/components/cart-lines-table";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cart"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CartPage({ searchParams }: Props) {
  const sp = await searchParams;
  const error = typeof sp.error === "string" ? sp.error : undefined;
  const notice = typeof sp.notice === "string" ? sp.notice : undefined;
  const session = await getSessionContext();
  const cart = await getCart(session.ownerKey);

  return (
    <div className="space-y-6">
      <CartHeading itemCount={cart.lines.length > 0 ? cart.itemCount : null} />
      {error ? <Alert>{error}</Alert> : null}
      {notice ? <Alert kind="notice">{notice}</Alert> : null}

      {cart.lines.length === 0 ? (
        <EmptyCart storeHref="/monolith" />
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[1fr_20rem]">
          <CartLinesTable
            lines={cart.lines}
            hrefForPet={(id) => `/monolith/pets/${id}`}
            quantityControl={(line) => (
              <form action="/api/monolith/cart/update" method="post" noValidate className={cartQuantityFormClass}>
                <CsrfField token={session.csrfToken} />
                <input type="hidden" name="petId" value={line.petId} />
                <CartQuantityFields line={line} />
              </form>
            )}
            removeControl={(line) => (
              <form action="/api/monolith/cart/remove" method="post">
                <CsrfField token={session.csrfToken} />
                <input type="hidden" name="petId" value={line.petId} />
                <RemoveButton what={line.name} />
              </form>
            )}
          />
          <CartSummary
            itemCount={cart.itemCount}
            totalCents={cart.totalCents}
            hasProblems={cart.hasProblems}
            checkoutHref="/monolith/checkout"
            storeHref="/monolith"
          />
        </div>
      )}
    </div>
  );
}
