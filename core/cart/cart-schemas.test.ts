import { describe, expect, it } from "vitest";
import { cartLineSchema, MAX_QUANTITY, quantitySchema } from "./cart-schemas";

function firstMessage(input: unknown): string | undefined {
  const r = cartLineSchema.safeParse(input);
  return r.success ? undefined : r.error.issues[0]?.message;
}

describe("cartLineSchema", () => {
  it("accepts whole quantities from form strings and numbers", () => {
    expect(cartLineSchema.parse({ petId: "7", quantity: "2" })).toEqual({ petId: 7, quantity: 2 });
    expect(cartLineSchema.parse({ petId: 7, quantity: MAX_QUANTITY })).toEqual({ petId: 7, quantity: MAX_QUANTITY });
  });

  it.each([
    ["0", "Quantity must be at least 1."],
    ["-1", "Quantity must be at least 1."],
    ["1.5", "Quantity must be a whole number."],
    ["abc", "Quantity must be a number."],
    ["1000", `You can buy at most ${MAX_QUANTITY} of one pet at a time.`],
    [0, "Quantity must be at least 1."],
    [-1, "Quantity must be at least 1."],
    [1.5, "Quantity must be a whole number."],
    [1000, `You can buy at most ${MAX_QUANTITY} of one pet at a time.`],
  ])("rejects quantity %j with %j", (quantity, message) => {
    expect(firstMessage({ petId: 1, quantity })).toBe(message);
  });

  it("reports exactly one message for a bad quantity", () => {
    const r = quantitySchema.safeParse("abc");
    expect(r.success).toBe(false);
    expect(r.error?.issues).toHaveLength(1);
  });

  it.each([["0"], ["-3"], ["x"], ["2.5"]])("rejects pet id %j", (petId) => {
    expect(firstMessage({ petId, quantity: 1 })).toBe("Unknown pet.");
  });
});
