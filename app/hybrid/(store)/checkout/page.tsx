// Hybrid checkout: signed in with whichever auth is in charge; the form posts to the facade's checkout handler,
// which routes the purchase.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridUser } from "@/hybrid/auth/hybrid-user";
import { ServerCheckoutView } from "@/app/monolith/checkout/server-checkout-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridCheckoutPage({ searchParams }: Props) {
  const facade = await hybridFacade();
  const user = await hybridUser(facade);
  if (!user) redirect(`/hybrid/login?next=${encodeURIComponent("/hybrid/checkout")}`);
  const sp = await searchParams;
  const explain =
    facade.state.purchase === "monolith"
      ? "The monolith re-reads your server cart, prices it and reserves the stock in one transaction, in this process."
      : "The facade sends your server cart to the purchase function through the gateway, with a token for your account.";
  return (
    <ServerCheckoutView
      base="/hybrid"
      action="/api/hybrid/checkout"
      signedInAs={user.email}
      error={typeof sp.error === "string" ? sp.error : undefined}
      explain={`${explain} Pressing twice places one order.`}
    />
  );
}
