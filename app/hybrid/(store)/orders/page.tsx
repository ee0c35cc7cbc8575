// Hybrid order history: every store writes the one Order table, so an order placed before a move is here after it.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridUser } from "@/hybrid/auth/hybrid-user";
import { hybridOrders } from "@/hybrid/catalog/catalog-adapter";
import { OrderList, OrderPlacedBanner } from "@/components/order-list";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridOrdersPage({ searchParams }: Props) {
  const facade = await hybridFacade();
  const user = await hybridUser(facade);
  if (!user) redirect(`/hybrid/login?next=${encodeURIComponent("/hybrid/orders")}`);
  const [orders, sp, t] = await Promise.all([hybridOrders(facade, user.id), searchParams, getTranslations("orders")]);
  const placedId = typeof sp.placed === "string" && /^\d{1,10}$/.test(sp.placed) ? Number(sp.placed) : undefined;
  const placed = placedId !== undefined ? orders.find((o) => o.id === placedId) : undefined;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {placed ? <OrderPlacedBanner orderId={placed.id} /> : null}
      <OrderList orders={orders} highlightId={placed?.id} hrefForPet={(id) => `/hybrid/pets/${id}`} storeHref="/hybrid" />
    </div>
  );
}
