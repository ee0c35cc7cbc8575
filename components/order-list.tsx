// Order history's pieces: the "order placed" confirmation and the list of orders (or the empty state).
import type { OrderDto } from "../core/orders/order-dto";
import { EmptyState } from "./empty-state";
import { OrderCard } from "./order-card";

export function OrderPlacedBanner({ orderId }: { orderId: number }) {
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
        <p className="font-bold">Order #{orderId} placed</p>
        <p className="text-sm">Thank you! Your new friends are reserved for you. The order is below.</p>
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
  if (orders.length === 0) {
    return (
      <EmptyState
        icon="box"
        title="No orders yet"
        action={
          <a href={storeHref} className="btn-primary px-6 py-2.5">
            Browse pets
          </a>
        }
      >
        When you place an order it shows up here, with the prices you paid.
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
