import type { PetSummaryDto } from "../core/catalog/pet-dto";
import { PetCard } from "./pet-card";

export function PetGrid({ pets, hrefFor, empty }: { pets: PetSummaryDto[]; hrefFor: (id: number) => string; empty?: React.ReactNode }) {
  if (pets.length === 0) {
    return <div className="card p-10 text-center text-stone-600">{empty ?? "No pets here yet."}</div>;
  }
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {pets.map((p) => (
        <PetCard key={p.id} pet={p} href={hrefFor(p.id)} />
      ))}
    </ul>
  );
}
