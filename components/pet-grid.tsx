import { useTranslations } from "next-intl";
import type { PetSummaryDto } from "../core/catalog/pet-dto";
import { PetCard } from "./pet-card";

/**
 * `narrow`: the grid sits beside a sidebar (search), so it gets one column fewer at each width.
 * `heading`: where the page's last heading is the h1, a level-2 heading for screen readers only, so that the
 * cards' h3 names do not skip a level in the outline (sighted users see the grid as the h1's content).
 */
export function PetGrid({
  pets,
  hrefFor,
  empty,
  narrow = false,
  heading,
  highlight,
}: {
  pets: PetSummaryDto[];
  hrefFor: (id: number) => string;
  empty?: React.ReactNode;
  narrow?: boolean;
  heading?: string;
  /** The search query to mark on each card. */
  highlight?: string;
}) {
  const t = useTranslations("catalog");
  if (pets.length === 0) {
    return <div className="card p-10 text-center text-stone-600">{empty ?? t("noPets")}</div>;
  }
  return (
    <>
      {heading ? <h2 className="sr-only">{heading}</h2> : null}
      <ul className={`grid grid-cols-2 gap-4 ${narrow ? "lg:grid-cols-3" : "sm:grid-cols-3 lg:grid-cols-4"}`}>
        {pets.map((p) => (
          <PetCard key={p.id} pet={p} href={hrefFor(p.id)} highlight={highlight} />
        ))}
      </ul>
    </>
  );
}
