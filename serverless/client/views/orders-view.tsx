// Serverless order history: read from the data API with a user token (orders:read scope); the data API
// returns only the token owner's orders.
import { useTranslations } from "next-intl";
import { OrderList, OrderPlacedBanner } from "@/components/order-list";
import { useSession } from "../auth-session";
import { callApi } from "../data-api";
import { useApi } from "../use-api";
import { useDocumentTitle } from "../use-document-title";
import { RequireLogin } from "./require-login";
import { ErrorState, SkeletonBlock } from "./view-states";
import { ordersResponseSchema } from "@/core/contract/serverless-api";

export function OrdersView({ placedParam }: { placedParam: string | null }) {
  const t = useTranslations("orders");
  useDocumentTitle(t("title"));
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
    callApi(ordersResponseSchema, "/api/baas/orders", { signal, scope: "orders:read" }),
  );
  const placedId = placedParam && /^\d{1,10}$/.test(placedParam) ? Number(placedParam) : undefined;
  const orders = state.status === "ok" ? state.data.orders : [];
  // Only announce an order that is really this user's.
  const t = useTranslations("orders");
  const placed = placedId !== undefined ? orders.find((o) => o.id === placedId) : undefined;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {placed ? <OrderPlacedBanner orderId={placed.id} /> : null}

      {state.status === "loading" ? (
        <div aria-busy="true" className="space-y-5">
          <span className="sr-only">{t("loading")}…</span>
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
      ) : (
        <OrderList orders={orders} highlightId={placed?.id} hrefForPet={(id) => `/serverless/pets/${id}`} storeHref="/serverless" />
      )}
    </div>
  );
}
