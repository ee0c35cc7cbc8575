import { describe, expect, it } from "vitest";
import { checkCartTopUp } from "./check-cart-top-up";

const pepper = { name: "Pepper", stock: 3 };

describe("checkCartTopUp", () => {
  it("returns the new quantity when it fits", () => {
    expect(checkCartTopUp(pepper, 1, 2)).toBe(3);
    expect(checkCartTopUp(pepper, 0, 1)).toBe(1);
  });

  it("explains a refusal in terms of what is already in the cart", () => {
    expect(() => checkCartTopUp(pepper, 2, 2)).toThrow(
      "You already have 2 of Pepper in your cart, so you can add at most 1 more. Only 3 of Pepper left in stock; you asked for 4.",
    );
    expect(() => checkCartTopUp(pepper, 3, 1)).toThrow("You already have 3 of Pepper in your cart, so you cannot add more.");
  });

  it("gives the plain stock message for an empty cart, and the quantity cap across adds", () => {
    expect(() => checkCartTopUp(pepper, 0, 4)).toThrow("Only 3 of Pepper left in stock; you asked for 4.");
    expect(() => checkCartTopUp({ name: "Guppy", stock: 500 }, 98, 2)).toThrow(/you can add at most 1 more\. You can buy at most 99/);
  });
});
