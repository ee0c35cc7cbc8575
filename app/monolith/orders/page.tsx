// Monolith order history: the signed-in user's orders, read from the database while rendering.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/monolith/auth/require-user";
import { listOrders } from "@/monolith/orders/list-orders";
import { Alert } from "@/components/alert";
import { OrderList, OrderPlacedBanner } from "@/components/order-list";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrdersPage({ searchParams }: Props) {
  const user = await requireUser("/monolith/orders");
  const sp = await searchParams;
  const error = flashMessage(sp, "error");
  const orders = await listOrders(user.id);
  const placedId = typeof sp.placed === "string" && /^\d{1,10}$/.test(sp.placed) ? Number(sp.placed) : undefined;
  // Only announce an order that is really this user's.
  const t = await getTranslations("orders");
  const placed = placedId !== undefined ? orders.find((o) => o.id === placedId) : undefined;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {error ? <Alert>{error}</Alert> : null}
      {placed ? <OrderPlacedBanner orderId={placed.id} /> : null}

      <OrderList orders={orders} highlightId={placed?.id} hrefForPet={(id) => `/monolith/pets/${id}`} storeHref="/monolith" />
    </div>
  );
}
