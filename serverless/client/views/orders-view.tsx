// Serverless order history: read from the data API with a user token (orders:read scope); the data API
// returns only the token owner's orders.
import type { OrderDto } from "@/core/orders/order-dto";
import { EmptyState } from "@/components/empty-state";
import { OrderCard } from "@/components/order-card";
import { useSession } from "next-auth/react";
import { callApi } from "../data-api";
import { useApi } from "../use-api";
import { useDocumentTitle } from "../use-document-title";
import { RequireLogin } from "./require-login";
import { ErrorState, SkeletonBlock } from "./view-states";

export function OrdersView({ placedParam }: { placedParam: string | null }) {
  useDocumentTitle("Your orders");
  return (
    <RequireLogin next={`/serverless/orders${placedParam ? `?placed=${encodeURIComponent(placedParam)}` : ""}`}>
      <Orders placedParam={placedParam} />
    </RequireLogin>
  );
}

function Orders({ placedParam }: { placedParam: string | null }) {
  const { data: session } = useSession();
  // Keyed by the user and the placed order: a new order or a different login re-reads the list.
  const state = useApi(`orders:${session?.user?.email ?? ""}:${placedParam ?? ""}`, (signal) =>
    callApi<{ orders: OrderDto[] }>("/api/baas/orders", { signal, scope: "orders:read" }),
  );
  const placedId = placedParam && /^\d{1,10}$/.test(placedParam) ? Number(placedParam) : undefined;
  const orders = state.status === "ok" ? state.data.orders : [];
  // Only announce an order that is really this user's.
  const placed = placedId !== undefined ? orders.find((o) => o.id === placedId) : undefined;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Your orders</h1>
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

      {state.status === "loading" ? (
        <div aria-busy="true" className="space-y-5">
          <span className="sr-only">Loading your orders…</span>
          {[0, 1].map((i) => (
            <div key={i} className="card space-y-4 p-6">
              <SkeletonBlock className="h-6 w-32" />
              <SkeletonBlock className="h-4 w-2/3" />
              <SkeletonBlock className="h-4 w-1/2" />
            </div>
          ))}
        </div>
      ) : state.status === "error" ? (
        <ErrorState error={state.error} onRetry={state.retry} />
      ) : orders.length === 0 ? (
        <EmptyState icon="box" title="No orders yet" action={<a href="/serverless" className="btn-primary px-6 py-2.5">Browse pets</a>}>
          When you place an order it shows up here, with the prices you paid.
        </EmptyState>
      ) : (
        <div className="space-y-5">
          {orders.map((order) => (
            <OrderCard key={order.id} order={order} highlight={order.id === placed?.id} hrefForPet={(id) => `/serverless/pets/${id}`} />
          ))}
        </div>
      )}
    </div>
  );
}
