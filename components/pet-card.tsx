import { useLocale, useTranslations } from "next-intl";
import { breedName, categoryName } from "../core/i18n/catalog-terms";
import type { PetSummaryDto } from "../core/catalog/pet-dto";
import { formatPrice } from "../core/money/format-price";
import { Highlighted } from "./highlighted";
import { PawIcon } from "./paw-icon";
import { StockBadge } from "./stock-badge";

/** `highlight`: the search query whose matches the card marks (search results only). */
export function PetCard({ pet, href, highlight }: { pet: PetSummaryDto; href: string; highlight?: string }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  return (
    <li className="card group overflow-hidden transition hover:-translate-y-0.5 hover:shadow-md">
      <a href={href} className="block">
        <div className="aspect-square overflow-hidden bg-stone-100">
          {pet.thumbnailUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- thumbnails are already sized WebP from our pipeline
            <img
              src={pet.thumbnailUrl}
              alt={t("photoOf", { name: pet.name })}
              width={480}
              height={480}
              loading="lazy"
              className="h-full w-full object-cover transition group-hover:scale-105"
            />
          ) : (
            <div className="flex h-full items-center justify-center text-stone-400">
              <PawIcon className="h-1/3 w-1/3" />
            </div>
          )}
        </div>
        <div className="space-y-1 p-4">
          <p className="text-xs font-medium uppercase tracking-wide text-stone-500">
            <Highlighted text={categoryName(pet.category.slug, pet.category.name, locale)} query={highlight} /> ·{" "}
            <Highlighted text={breedName(pet.breed, locale)} query={highlight} />
          </p>
          <h3 className="text-base font-semibold text-stone-900">
            <Highlighted text={pet.name} query={highlight} />
          </h3>
          <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1 pt-1">
            <span className="text-lg font-bold text-brand-700">{formatPrice(pet.priceCents, locale)}</span>
            <StockBadge stock={pet.stock} />
          </div>
        </div>
      </a>
    </li>
  );
}
