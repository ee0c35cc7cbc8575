import { describe, expect, it } from "vitest";
import { MODES, parseMode, storePaths } from "./mode";

describe("parseMode", () => {
  it("accepts exactly the two modes", () => {
    expect(MODES).toEqual(["monolith", "serverless"]);
    expect(parseMode("monolith")).toBe("monolith");
    expect(parseMode("serverless")).toBe("serverless");
  });

  it("refuses anything else, including near misses and non-strings", () => {
    for (const value of [
      "Monolith",
      " serverless",
      "hybrid",
      "",
      "constructor",
      "__proto__",
      null,
      undefined,
      1,
      ["monolith"],
      { mode: "monolith" },
    ]) {
      expect(parseMode(value)).toBeUndefined();
    }
  });
});

describe("storePaths", () => {
  it("builds the contract's page paths for each mode", () => {
    const m = storePaths("monolith");
    expect([m.home, m.cart, m.checkout, m.orders, m.login, m.admin]).toEqual([
      "/monolith",
      "/monolith/cart",
      "/monolith/checkout",
      "/monolith/orders",
      "/monolith/login",
      "/monolith/admin",
    ]);
    expect(storePaths("serverless").pet(7)).toBe("/serverless/pets/7");
    expect(storePaths("serverless").category("small-pets")).toBe("/serverless/category/small-pets");
  });

  it("encodes what it is given, so a search or slug cannot change the path", () => {
    expect(storePaths("monolith").search("cats & dogs?")).toBe("/monolith/search?q=cats%20%26%20dogs%3F");
    expect(storePaths("monolith").search()).toBe("/monolith/search?q=");
    expect(storePaths("monolith").category("../admin")).toBe("/monolith/category/..%2Fadmin");
  });
});
