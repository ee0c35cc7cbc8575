// Monolith pet page: the server reads the pet, records "recently viewed" in the database and renders
// an HTML add-to-cart form (CSRF token included) that works with JavaScript off.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { petIdSchema } from "@/core/catalog/catalog-schemas";
import { formatPrice } from "@/core/money/format-price";
import { getPet } from "@/infra/catalog/get-pet";
import { listRecentlyViewed } from "@/monolith/catalog/list-recently-viewed";
import { recordRecentlyViewed } from "@/monolith/catalog/record-recently-viewed";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { AddToCartForm } from "@/components/add-to-cart-form";
import { Alert } from "@/components/alert";
import { PetGrid } from "@/components/pet-grid";
import { StockBadge } from "@/components/stock-badge";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const id = petIdSchema.safeParse((await params).id);
  return id.success ? getPet(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pet = await load(params);
  return { title: pet ? `${pet.name} the ${pet.breed}` : "Pet not found" };
}

export default async function PetPage({ params, searchParams }: Props) {
  const pet = await load(params);
  if (!pet) notFound();
  const sp = await searchParams;
  const error = typeof sp.error === "string" ? sp.error : undefined;
  const notice = typeof sp.notice === "string" ? sp.notice : undefined;
  const session = await getSessionContext();
  const [recent] = await Promise.all([listRecentlyViewed(session.ownerKey, pet.id), recordRecentlyViewed(session.ownerKey, pet.id)]);
  const returnTo = `/monolith/pets/${pet.id}`;

  return (
    <div className="space-y-12">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <a href="/monolith" className="hover:text-brand-700">Home</a> <span aria-hidden>/</span>{" "}
        <a href={`/monolith/category/${pet.category.slug}`} className="hover:text-brand-700">{pet.category.name}</a> <span aria-hidden>/</span> {pet.name}
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
          {error ? <Alert>{error}</Alert> : null}
          {notice ? (
            <Alert kind="notice">
              {notice} <a href="/monolith/cart" className="font-semibold underline">View cart</a>
            </Alert>
          ) : null}
          <AddToCartForm action="/api/monolith/cart/add" csrfToken={session.csrfToken} petId={pet.id} maxQuantity={pet.stock} returnTo={returnTo} />
        </div>
      </article>
      {recent.length > 0 ? (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading" className="mb-4 text-xl font-bold">Recently viewed</h2>
          <PetGrid pets={recent} hrefFor={(id) => `/monolith/pets/${id}`} />
        </section>
      ) : null}
    </div>
  );
}
