// A pet's page body: breadcrumb, picture, facts and price. Each architecture fills the `children` slot with
// its own messages and add-to-cart form (an HTML form post in the monolith, a client handler in the SPA).
import { useLocale, useTranslations } from "next-intl";
import { breedName, categoryName, petDescription, speciesName } from "../core/i18n/catalog-terms";
import type { PetDetailDto, PetSummaryDto } from "../core/catalog/pet-dto";
import { formatPrice } from "../core/money/format-price";
import { PawIcon } from "./paw-icon";
import { PetGrid } from "./pet-grid";
import { StockBadge } from "./stock-badge";

export function PetDetail({
  pet,
  homeHref,
  categoryHref,
  children,
  after,
}: {
  pet: PetDetailDto;
  homeHref: string;
  categoryHref: string;
  /** Messages and the add-to-cart form, under the price. */
  children: React.ReactNode;
  /** Anything below the pet (e.g. "Recently viewed"). */
  after?: React.ReactNode;
}) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  return (
    <div className="space-y-12">
      <nav aria-label={t("breadcrumb")} className="text-sm text-stone-500">
        <a href={homeHref} className="hover:text-brand-700">
          {t("home")}
        </a>{" "}
        <span aria-hidden>/</span>{" "}
        <a href={categoryHref} className="hover:text-brand-700">
          {categoryName(pet.category.slug, pet.category.name, locale)}
        </a>{" "}
        <span aria-hidden>/</span> {pet.name}
      </nav>
      <article className="grid gap-8 md:grid-cols-2">
        <div className="card overflow-hidden">
          {pet.imageUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- already-sized WebP from our image pipeline
            <img
              src={pet.imageUrl}
              alt={t("photoOf", { name: pet.name })}
              width={960}
              height={960}
              className="aspect-square w-full object-cover"
            />
          ) : (
            <div className="flex aspect-square items-center justify-center text-stone-400">
              <PawIcon className="h-1/3 w-1/3" />
            </div>
          )}
        </div>
        <div className="space-y-5">
          <div>
            <p className="text-sm font-medium uppercase tracking-wide text-stone-500">
              {speciesName(pet.species, locale)} · {breedName(pet.breed, locale)}
            </p>
            <h1 className="mt-1 text-4xl font-bold tracking-tight">{pet.name}</h1>
          </div>
          <p className="text-lg leading-relaxed text-stone-700">{petDescription(pet.name, pet.breed, pet.description, locale)}</p>
          <div className="flex items-center gap-4">
            <span className="text-3xl font-bold text-brand-700">{formatPrice(pet.priceCents, locale)}</span>
            <StockBadge stock={pet.stock} />
          </div>
          {children}
        </div>
      </article>
      {after}
    </div>
  );
}

export function RecentlyViewedSection({ pets, hrefFor }: { pets: PetSummaryDto[]; hrefFor: (id: number) => string }) {
  const t = useTranslations("catalog");
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="mb-4 text-xl font-bold">
        {t("recentlyViewed")}
      </h2>
      <PetGrid pets={pets} hrefFor={hrefFor} />
    </section>
  );
}
