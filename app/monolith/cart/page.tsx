// Monolith cart: rendered on the server from the cart row in the database; every change is an HTML form
// post that answers with a 303 back here.
// ARCH: the cart lives in the server's database, owned by the session (or the user once logged in); the
// serverless twin keeps its cart in the browser (localStorage) and only the purchase function sees it.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ServerCartView } from "./server-cart-view";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cart"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CartPage({ searchParams }: Props) {
  return <ServerCartView base="/monolith" sp={await searchParams} />;
}
