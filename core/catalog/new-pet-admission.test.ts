import { describe, expect, it } from "vitest";
import { isAppError } from "../errors/app-error";
import { checkNewPetCategory, parseNewPet } from "./new-pet-admission";

function failure(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("parseNewPet", () => {
  it("reads the form's fields into a draft with the price in cents", () => {
    expect(parseNewPet({ name: " Rex ", category: "dogs", price: "49.99", stock: "3" })).toEqual({
      name: "Rex",
      categorySlug: "dogs",
      priceCents: 4999,
      stock: 3,
    });
  });
  it("names the first wrong field", () => {
    const e = failure(() => parseNewPet({ name: "", category: "dogs", price: "1", stock: "1" }));
    expect(e.message).toBe("Name is required.");
    expect(e.status).toBe(400);
  });
});

describe("checkNewPetCategory", () => {
  it("refuses a category that does not exist", () => {
    expect(checkNewPetCategory(7)).toBe(7);
    expect(failure(() => checkNewPetCategory(null)).message).toBe("Choose a category.");
  });
});
