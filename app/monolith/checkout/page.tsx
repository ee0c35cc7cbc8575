// Monolith checkout: the signed-in user's server-side cart, and a form that carries only a fresh
// idempotency key — the server reads items and prices itself when the form comes back.
import type { Metadata } from "next";
import { requireUser } from "@/monolith/auth/require-user";
import { ServerCheckoutView } from "./server-checkout-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckoutPage({ searchParams }: Props) {
  const user = await requireUser("/monolith/checkout");
  const sp = await searchParams;
  return (
    <ServerCheckoutView
      base="/monolith"
      action="/api/monolith/checkout"
      signedInAs={user.email}
      error={typeof sp.error === "string" ? sp.error : undefined}
      explain="The server re-reads your cart, prices it from the catalog and reserves the stock in one transaction. Pressing twice places one order."
    />
  );
}
