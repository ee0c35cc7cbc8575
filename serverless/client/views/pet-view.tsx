// Serverless pet page: detail from the data API, an add-to-cart form that writes to the browser's cart,
// and "recently viewed" kept in localStorage.
import { useEffect, useState } from "react";
import type { PetDetailDto, PetSummaryDto } from "@/core/catalog/pet-dto";
import { petIdSchema } from "@/core/catalog/catalog-schemas";
import { MAX_QUANTITY } from "@/core/cart/cart-schemas";
import { formatPrice } from "@/core/money/format-price";
import { Alert } from "@/components/alert";
import { PetGrid } from "@/components/pet-grid";
import { StockBadge } from "@/components/stock-badge";
import { addToCart, type CartChange } from "../cart-store";
import { callApi, isNotFound } from "../data-api";
import { recordView, useRecentlyViewed } from "../recently-viewed-store";
import { useApi } from "../use-api";
import { useDocumentTitle } from "../use-document-title";
import { ErrorState, NotFoundView, SkeletonBlock } from "./view-states";

const RECENT_SHOWN = 4;

export function PetView({ idParam }: { idParam: string }) {
  const id = petIdSchema.safeParse(idParam);
  const state = useApi(id.success ? `pet:${id.data}` : null, (signal) => callApi<{ pet: PetDetailDto }>(`/api/baas/pets/${id.data}`, { signal }));
  const pet = state.status === "ok" ? state.data.pet : null;
  useDocumentTitle(pet ? `${pet.name} the ${pet.breed}` : null);

  // ARCH: the monolith records the view while rendering on the server; the browser does it here.
  useEffect(() => {
    if (pet) recordView(pet.id);
  }, [pet]);

  if (!id.success || (state.status === "error" && isNotFound(state.error))) return <NotFoundView />;
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.retry} />;
  if (!pet) return <PetSkeleton />;

  return (
    <div className="space-y-12">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <a href="/serverless" className="hover:text-brand-700">Home</a> <span aria-hidden>/</span>{" "}
        <a href={`/serverless/category/${pet.category.slug}`} className="hover:text-brand-700">{pet.category.name}</a> <span aria-hidden>/</span> {pet.name}
      </nav>
      <article className="grid gap-8 md:grid-cols-2">
        <div className="card overflow-hidden">
          {pet.imageUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- already-sized WebP from our image pipeline
            <img src={pet.imageUrl} alt={`Photo of ${pet.name}`} width={960} height={960} className="aspect-square w-full object-cover" />
          ) : (
            <div className="flex aspect-square items-center justify-center text-8xl" aria-hidden>🐾</div>
          )}
        </div>
        <div className="space-y-5">
          <div>
            <p className="text-sm font-medium uppercase tracking-wide text-stone-500">{pet.species} · {pet.breed}</p>
            <h1 className="mt-1 text-4xl font-bold tracking-tight">{pet.name}</h1>
          </div>
          <p className="text-lg leading-relaxed text-stone-700">{pet.description}</p>
          <div className="flex items-center gap-4">
            <span className="text-3xl font-bold text-brand-700">{formatPrice(pet.priceCents)}</span>
            <StockBadge stock={pet.stock} />
          </div>
          {/* Keyed by pet: a new pet starts with a fresh form and no leftover message. */}
          <AddToCart key={pet.id} pet={pet} />
        </div>
      </article>
      <RecentlyViewed currentId={pet.id} />
    </div>
  );
}

function AddToCart({ pet }: { pet: PetDetailDto }) {
  const [quantity, setQuantity] = useState("1");
  const [result, setResult] = useState<CartChange | null>(null);
  const soldOut = pet.stock <= 0;
  const maxQuantity = Math.min(pet.stock, MAX_QUANTITY);
  const inputId = `add-to-cart-quantity-${pet.id}`;
  return (
    <>
      {/* ARCH: the monolith answers with a redirect carrying ?notice= or ?error=; the browser app shows the
          same messages in place, without a round trip. */}
      {result && !result.ok ? <Alert>{result.error}</Alert> : null}
      {result && result.ok ? (
        <Alert kind="notice">
          {result.message} <a href="/serverless/cart" className="font-semibold underline">View cart</a>
        </Alert>
      ) : null}
      <form
        noValidate
        className="card flex flex-wrap items-end gap-4 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          // Checked against the stock we just read; the purchase function checks again, atomically.
          setResult(addToCart(pet, quantity));
        }}
      >
        <div className="w-28">
          <label htmlFor={inputId} className="label">Quantity</label>
          <input
            id={inputId}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(1, maxQuantity)}
            step={1}
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            disabled={soldOut}
            className="input"
          />
        </div>
        {soldOut ? (
          <button type="submit" disabled aria-label="Add to cart" className="btn-primary min-w-40 py-2.5">Sold out</button>
        ) : (
          <button type="submit" className="btn-primary min-w-40 py-2.5">Add to cart</button>
        )}
        {soldOut ? null : (
          <p className="basis-full text-xs text-stone-500">
            {maxQuantity === 1 ? "Only 1 available." : `Up to ${maxQuantity} per order.`}
          </p>
        )}
      </form>
    </>
  );
}

function RecentlyViewed({ currentId }: { currentId: number }) {
  const ids = useRecentlyViewed()
    .filter((id) => id !== currentId)
    .slice(0, RECENT_SHOWN);
  const key = ids.length > 0 ? `recent:${ids.join(",")}` : null;
  const state = useApi(key, (signal) => callApi<{ pets: PetSummaryDto[] }>(`/api/baas/pets?ids=${ids.join(",")}`, { signal }));
  // Quietly absent while loading or on error: it is a nicety, not the page's content.
  if (state.status !== "ok" || state.data.pets.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="mb-4 text-xl font-bold">Recently viewed</h2>
      <PetGrid pets={state.data.pets} hrefFor={(id) => `/serverless/pets/${id}`} />
    </section>
  );
}

function PetSkeleton() {
  return (
    <div aria-busy="true" className="space-y-12">
      <span className="sr-only">Loading pet…</span>
      <SkeletonBlock className="h-4 w-48" />
      <div className="grid gap-8 md:grid-cols-2">
        <div className="card aspect-square animate-pulse bg-stone-200/70" />
        <div className="space-y-5">
          <SkeletonBlock className="h-4 w-32" />
          <SkeletonBlock className="h-10 w-56" />
          <SkeletonBlock className="h-20 w-full" />
          <SkeletonBlock className="h-8 w-28" />
          <div className="card h-24 animate-pulse bg-white" />
        </div>
      </div>
    </div>
  );
}
