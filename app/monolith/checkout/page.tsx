// Monolith checkout: the signed-in user's server-side cart, and a form that carries only a fresh
// idempotency key — the server reads items and prices itself when the form comes back.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/monolith/auth/require-user";
import { ServerCheckoutView } from "./server-checkout-view";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkout"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckoutPage({ searchParams }: Props) {
  const user = await requireUser("/monolith/checkout");
  const sp = await searchParams;
  const t = await getTranslations("checkout");
  return (
    <ServerCheckoutView
      base="/monolith"
      action="/api/monolith/checkout"
      signedInAs={user.email}
      error={flashMessage(sp, "error")}
      explain={t("monolithExplain")}
    />
  );
}
