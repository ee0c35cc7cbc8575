// Order history's pieces: the "order placed" confirmation and the list of orders (or the empty state).
import { useTranslations } from "next-intl";
import type { OrderDto } from "../core/orders/order-dto";
import { EmptyState } from "./empty-state";
import { OrderCard } from "./order-card";

export function OrderPlacedBanner({ orderId }: { orderId: number }) {
  const t = useTranslations("orders");
  return (
    <div role="status" className="flex items-start gap-3 rounded-2xl border border-emerald-200 bg-emerald-50 px-5 py-4 text-emerald-900">
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        className="mt-0.5 h-6 w-6 shrink-0 rounded-full bg-emerald-600 p-1 text-white"
      >
        <path d="m5 12 5 5L20 7" />
      </svg>
      <div>
        <p className="font-bold">{t("placed", { id: orderId })}</p>
        <p className="text-sm">{t("thanks")}</p>
      </div>
    </div>
  );
}

export function OrderList({
  orders,
  highlightId,
  hrefForPet,
  storeHref,
}: {
  orders: OrderDto[];
  highlightId?: number;
  hrefForPet: (id: number) => string;
  storeHref: string;
}) {
  const t = useTranslations("orders");
  const tc = useTranslations("cart");
  if (orders.length === 0) {
    return (
      <EmptyState
        icon="box"
        title={t("none")}
        action={
          <a href={storeHref} className="btn-primary px-6 py-2.5">
            {tc("browse")}
          </a>
        }
      >
        {t("noneBody")}
      </EmptyState>
    );
  }
  return (
    <div className="space-y-5">
      {orders.map((order) => (
        <OrderCard key={order.id} order={order} highlight={order.id === highlightId} hrefForPet={hrefForPet} />
      ))}
    </div>
  );
}
