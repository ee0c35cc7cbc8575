// Monolith pet page: the server reads the pet, shows "recently viewed" and renders an HTML add-to-cart form
// (CSRF token included) that works with JavaScript off. A logged-in user's list is recorded in the database (their
// session row exists already); an anonymous visitor's comes from the cookie proxy.ts keeps, so this GET writes no row.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { breedName } from "@/core/i18n/catalog-terms";
import { petIdSchema } from "@/core/catalog/catalog-schemas";
import { cachedPet } from "@/monolith/catalog/cached-catalog";
import { cookies } from "next/headers";
import { parseRecentlyViewed } from "@/core/catalog/recently-viewed-list";
import { listPetsByIds } from "@/infra/catalog/list-pets-by-ids";
import { listRecentlyViewed } from "@/monolith/catalog/list-recently-viewed";
import { RECENTLY_VIEWED_COOKIE } from "@/monolith/catalog/recently-viewed-cookie";
import { recordRecentlyViewed } from "@/monolith/catalog/record-recently-viewed";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { AddToCartForm } from "@/components/add-to-cart-form";
import { Alert } from "@/components/alert";
import { PetDetail, RecentlyViewedSection } from "@/components/pet-detail";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const id = petIdSchema.safeParse((await params).id);
  return id.success ? cachedPet(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [pet, t, locale] = await Promise.all([load(params), getTranslations("catalog"), getLocale()]);
  return { title: pet ? t("petTitle", { name: pet.name, breed: breedName(pet.breed, locale) }) : t("petNotFound") };
}

export default async function PetPage({ params, searchParams }: Props) {
  const pet = await load(params);
  if (!pet) notFound();
  const sp = await searchParams;
  const error = flashMessage(sp, "error");
  const notice = flashMessage(sp, "notice");
  const session = await getSessionContext();
  const recent = session.user
    ? (await Promise.all([listRecentlyViewed(session.ownerKey, pet.id), recordRecentlyViewed(session.ownerKey, pet.id)]))[0]
    : await listPetsByIds(
        parseRecentlyViewed((await cookies()).get(RECENTLY_VIEWED_COOKIE)?.value)
          .filter((id) => id !== pet.id)
          .slice(0, 4),
      );
  const returnTo = `/monolith/pets/${pet.id}`;
  const t = await getTranslations("catalog");

  return (
    <PetDetail
      pet={pet}
      homeHref="/monolith"
      categoryHref={`/monolith/category/${pet.category.slug}`}
      after={recent.length > 0 ? <RecentlyViewedSection pets={recent} hrefFor={(id) => `/monolith/pets/${id}`} /> : null}
    >
      {error ? <Alert>{error}</Alert> : null}
      {notice ? (
        <Alert kind="notice">
          {notice}{" "}
          <a href="/monolith/cart" className="font-semibold underline">
            {t("viewCart")}
          </a>
        </Alert>
      ) : null}
      <AddToCartForm
        action="/api/monolith/cart/add"
        csrfToken={session.csrfToken}
        petId={pet.id}
        maxQuantity={pet.stock}
        returnTo={returnTo}
      />
    </PetDetail>
  );
}
