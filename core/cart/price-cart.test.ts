import { describe, expect, it } from "vitest";
import type { PetSummaryDto } from "../catalog/pet-dto";
import { priceCart } from "./price-cart";

const pet = (id: number, priceCents: number, stock: number): PetSummaryDto => ({
  id,
  name: `Pet ${id}`,
  species: "Dog",
  breed: "Beagle",
  priceCents,
  stock,
  category: { slug: "dogs", name: "Dogs" },
  thumbnailUrl: null,
});

describe("priceCart", () => {
  it("prices every line from the catalog and totals them", () => {
    const cart = priceCart(
      [
        { petId: 1, quantity: 2 },
        { petId: 2, quantity: 1 },
      ],
      [pet(1, 1_250, 5), pet(2, 99_900, 1)],
    );
    expect(cart.lines.map((l) => [l.petId, l.unitPriceCents, l.lineTotalCents, l.problem])).toEqual([
      [1, 1_250, 2_500, null],
      [2, 99_900, 99_900, null],
    ]);
    expect(cart).toMatchObject({ itemCount: 3, totalCents: 102_400, hasProblems: false, missing: [] });
  });

  it("flags lines whose stock dropped and items whose pet is gone", () => {
    const cart = priceCart(
      [
        { petId: 1, quantity: 3 },
        { petId: 9, quantity: 1 },
      ],
      [pet(1, 1_000, 2)],
    );
    expect(cart.lines[0]?.problem).toBe("Only 2 of Pet 1 left in stock; you asked for 3.");
    expect(cart.missing).toEqual([{ petId: 9, quantity: 1 }]);
    expect(cart.hasProblems).toBe(true);
  });
});
