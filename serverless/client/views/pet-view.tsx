// Serverless pet page: detail from the data API, an add-to-cart form that writes to the browser's cart,
// and "recently viewed" kept in localStorage.
import { useLocale, useTranslations } from "next-intl";
import { breedName } from "@/core/i18n/catalog-terms";
import { wordsIn, noticeIn } from "@/core/errors/error-text";
import { useEffect, useState } from "react";
import type { PetDetailDto } from "@/core/catalog/pet-dto";
import { petIdSchema } from "@/core/catalog/catalog-schemas";
import { Alert } from "@/components/alert";
import { AddToCartFields, addToCartFormClass } from "@/components/add-to-cart-form";
import { PetDetail, RecentlyViewedSection } from "@/components/pet-detail";
import { addToCart, type CartChange } from "../cart-store";
import { callApi, isNotFound } from "../data-api";
import { recordView, useRecentlyViewed } from "../recently-viewed-store";
import { useApi } from "../use-api";
import { useDocumentTitle } from "../use-document-title";
import { ErrorState, NotFoundView, SkeletonBlock } from "./view-states";
import { petResponseSchema, petsResponseSchema } from "@/core/contract/serverless-api";
import { petUrl } from "@/core/contract/catalog-read-urls";

const RECENT_SHOWN = 4;

export function PetView({ idParam }: { idParam: string }) {
  const id = petIdSchema.safeParse(idParam);
  const state = useApi(id.success ? `pet:${id.data}` : null, (signal) => callApi(petResponseSchema, petUrl(id.data ?? 0), { signal }));
  const pet = state.status === "ok" ? state.data.pet : null;
  const t = useTranslations("catalog");
  const locale = useLocale();
  useDocumentTitle(pet ? t("petTitle", { name: pet.name, breed: breedName(pet.breed, locale) }) : null);

  // ARCH: the monolith records the view while rendering on the server; the browser does it here.
  useEffect(() => {
    if (pet) recordView(pet.id);
  }, [pet]);

  if (!id.success || (state.status === "error" && isNotFound(state.error))) return <NotFoundView />;
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.retry} />;
  if (!pet) return <PetSkeleton />;

  return (
    <PetDetail
      pet={pet}
      homeHref="/serverless"
      categoryHref={`/serverless/category/${pet.category.slug}`}
      after={<RecentlyViewed currentId={pet.id} />}
    >
      {/* Keyed by pet: a new pet starts with a fresh form and no leftover message. */}
      <AddToCart key={pet.id} pet={pet} />
    </PetDetail>
  );
}

function AddToCart({ pet }: { pet: PetDetailDto }) {
  const [result, setResult] = useState<CartChange | null>(null);
  const t = useTranslations("catalog");
  const locale = useLocale();
  return (
    <>
      {/* ARCH: the monolith answers with a redirect carrying ?notice= or ?error=; the browser app shows the
          same messages in place, without a round trip. */}
      {result && !result.ok ? <Alert>{wordsIn(result.error, "bad_request", locale)}</Alert> : null}
      {result && result.ok ? (
        <Alert kind="notice">
          {noticeIn(result.message, locale)}{" "}
          <a href="/serverless/cart" className="font-semibold underline">
            {t("viewCart")}
          </a>
        </Alert>
      ) : null}
      <form
        noValidate
        className={addToCartFormClass}
        onSubmit={(e) => {
          e.preventDefault();
          // Checked against the stock we just read; the purchase function checks again, atomically.
          setResult(addToCart(pet, new FormData(e.currentTarget).get("quantity")));
        }}
      >
        <AddToCartFields petId={pet.id} maxQuantity={pet.stock} />
      </form>
    </>
  );
}

function RecentlyViewed({ currentId }: { currentId: number }) {
  const ids = useRecentlyViewed()
    .filter((id) => id !== currentId)
    .slice(0, RECENT_SHOWN);
  const key = ids.length > 0 ? `recent:${ids.join(",")}` : null;
  const state = useApi(key, (signal) => callApi(petsResponseSchema, `/api/baas/pets?ids=${ids.join(",")}`, { signal }));
  // Quietly absent while loading or on error: it is a nicety, not the page's content.
  if (state.status !== "ok" || state.data.pets.length === 0) return null;
  return <RecentlyViewedSection pets={state.data.pets} hrefFor={(id) => `/serverless/pets/${id}`} />;
}

function PetSkeleton() {
  const t = useTranslations("states");
  return (
    <div aria-busy="true" className="space-y-12">
      <span className="sr-only">{t("loadingPet")}…</span>
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
