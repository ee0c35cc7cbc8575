// Monolith order history: the signed-in user's orders, read from the database while rendering.
import type { Metadata } from "next";
import { requireUser } from "@/monolith/auth/require-user";
import { listOrders } from "@/monolith/orders/list-orders";
import { Alert } from "@/components/alert";
import { EmptyState } from "@/components/empty-state";
import { OrderCard } from "@/components/order-card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your orders" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrdersPage({ searchParams }: Props) {
  const user = await requireUser("/monolith/orders");
  const sp = await searchParams;
  const error = typeof sp.error === "string" ? sp.error : undefined;
  const orders = await listOrders(user.id);
  const placedId = typeof sp.placed === "string" && /^\d{1,10}$/.test(sp.placed) ? Number(sp.placed) : undefined;
  // Only announce an order that is really this user's.
  const placed = placedId !== undefined ? orders.find((o) => o.id === placedId) : undefined;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Your orders</h1>
      {error ? <Alert>{error}</Alert> : null}
      {placed ? (
        <div role="status" className="flex items-start gap-3 rounded-2xl border border-emerald-200 bg-emerald-50 px-5 py-4 text-emerald-900">
          <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className="mt-0.5 h-6 w-6 shrink-0 rounded-full bg-emerald-600 p-1 text-white">
            <path d="m5 12 5 5L20 7" />
          </svg>
          <div>
            <p className="font-bold">Order #{placed.id} placed</p>
            <p className="text-sm">Thank you! Your new friends are reserved for you. The order is below.</p>
          </div>
        </div>
      ) : null}

      {orders.length === 0 ? (
        <EmptyState icon="box" title="No orders yet" action={<a href="/monolith" className="btn-primary px-6 py-2.5">Browse pets</a>}>
          When you place an order it shows up here, with the prices you paid.
        </EmptyState>
      ) : (
        <div className="space-y-5">
          {orders.map((order) => (
            <OrderCard key={order.id} order={order} highlight={order.id === placed?.id} hrefForPet={(id) => `/monolith/pets/${id}`} />
          ))}
        </div>
      )}
    </div>
  );
}
