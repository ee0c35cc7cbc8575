import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "../search/search-query-schema";
import { CATEGORIES_URL, catalogReadsFor, categoryPetsUrl, FEATURED_PETS_URL, petUrl, searchFunctionUrl } from "./catalog-read-urls";

const none = new URLSearchParams();

describe("the catalog reads a first load of the serverless store starts early", () => {
  it("lists, per view, exactly the addresses that view asks for", () => {
    expect(catalogReadsFor([], none)).toEqual([CATEGORIES_URL, FEATURED_PETS_URL]);
    expect(catalogReadsFor(["category", "dogs"], new URLSearchParams("page=2"))).toEqual(["/api/baas/categories/dogs/pets?page=2"]);
    expect(catalogReadsFor(["category", "dogs"], none)).toEqual([categoryPetsUrl("dogs", 1)]);
    expect(catalogReadsFor(["pets", "5"], none)).toEqual([petUrl(5)]);
    const params = new URLSearchParams("q=golden retriever&category=dogs&maxPrice=900&page=2");
    expect(catalogReadsFor(["search"], params)).toEqual([CATEGORIES_URL, searchFunctionUrl(parseSearchQuery(Object.fromEntries(params)))]);
    expect(searchFunctionUrl(parseSearchQuery(Object.fromEntries(params)))).toMatch(/^\/api\/functions\/search\?q=golden\+retriever&/);
  });

  it("starts nothing for views without public reads or for addresses no view serves", () => {
    for (const segments of [["cart"], ["orders"], ["login"], ["admin"], ["checkout"], ["nope"], ["category"], ["category", "dogs", "x"]]) {
      expect(catalogReadsFor(segments, none)).toEqual([]);
    }
    // An invalid slug or id is the app's not-found view, not a read.
    expect(catalogReadsFor(["category", "Not A Slug"], none)).toEqual([]);
    expect(catalogReadsFor(["pets", "abc"], none)).toEqual([]);
    expect(catalogReadsFor(["pets", "0"], none)).toEqual([]);
  });
});
