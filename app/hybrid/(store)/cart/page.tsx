// Hybrid cart: while the pages are server-rendered the cart is the monolith's, in the database.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ServerCartView } from "@/app/monolith/cart/server-cart-view";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cart"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridCartPage({ searchParams }: Props) {
  const t = await getTranslations("hybrid");
  return <ServerCartView base="/hybrid" sp={await searchParams} note={<p className="text-sm text-stone-600">{t("cartNote")}</p>} />;
}
