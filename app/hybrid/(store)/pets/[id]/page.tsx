// Hybrid pet page: the pet read through the facade; the cart is still the server's, so "Add to cart" is the
// monolith's HTML form (CSRF token included), sending the visitor back here.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { petIdSchema } from "@/core/catalog/catalog-schemas";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridPet } from "@/hybrid/catalog/catalog-adapter";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { AddToCartForm } from "@/components/add-to-cart-form";
import { Alert } from "@/components/alert";
import { PetDetail } from "@/components/pet-detail";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const id = petIdSchema.safeParse((await params).id);
  return id.success ? hybridPet(await hybridFacade(), id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [pet, t] = await Promise.all([load(params), getTranslations("catalog")]);
  return { title: pet ? t("petTitle", { name: pet.name, breed: pet.breed }) : t("petNotFound") };
}

export default async function HybridPetPage({ params, searchParams }: Props) {
  const [pet, sp, session, t] = await Promise.all([load(params), searchParams, getSessionContext(), getTranslations("catalog")]);
  if (!pet) notFound();
  return (
    <PetDetail pet={pet} homeHref="/hybrid" categoryHref={`/hybrid/category/${pet.category.slug}`}>
      {flashMessage(sp, "error") ? <Alert>{flashMessage(sp, "error")}</Alert> : null}
      {flashMessage(sp, "notice") ? (
        <Alert kind="notice">
          {flashMessage(sp, "notice")}{" "}
          <a href="/hybrid/cart" className="font-semibold underline">
            {t("viewCart")}
          </a>
        </Alert>
      ) : null}
      <AddToCartForm
        action="/api/monolith/cart/add"
        csrfToken={session.csrfToken}
        petId={pet.id}
        maxQuantity={pet.stock}
        returnTo={`/hybrid/pets/${pet.id}`}
      />
    </PetDetail>
  );
}
