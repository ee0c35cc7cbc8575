// Hybrid checkout: signed in with whichever auth is in charge; the form posts to the facade's checkout handler,
// which routes the purchase.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridUser } from "@/hybrid/auth/hybrid-user";
import { ServerCheckoutView } from "@/app/monolith/checkout/server-checkout-view";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkout"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridCheckoutPage({ searchParams }: Props) {
  const facade = await hybridFacade();
  const user = await hybridUser(facade);
  if (!user) redirect(`/hybrid/login?next=${encodeURIComponent("/hybrid/checkout")}`);
  const [sp, t] = await Promise.all([searchParams, getTranslations("hybrid")]);
  const explain = facade.state.purchase === "monolith" ? t("checkoutMonolith") : t("checkoutFunction");
  return (
    <ServerCheckoutView
      base="/hybrid"
      action="/api/hybrid/checkout"
      signedInAs={user.email}
      error={flashMessage(sp, "error")}
      explain={`${explain} ${t("pressingTwice")}`}
    />
  );
}
