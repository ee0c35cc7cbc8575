// Hybrid cart: while the pages are server-rendered the cart is the monolith's, in the database.
import type { Metadata } from "next";
import { ServerCartView } from "@/app/monolith/cart/server-cart-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your cart" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridCartPage({ searchParams }: Props) {
  return (
    <ServerCartView
      base="/hybrid"
      sp={await searchParams}
      note={
        <p className="text-sm text-stone-600">
          This cart lives on the server until the pages move; then it is handed over to your browser once.
        </p>
      }
    />
  );
}
