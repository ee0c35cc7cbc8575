import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./search-query-schema";
import { searchPageHref } from "./search-page-href";

describe("searchPageHref", () => {
  it("keeps the query and filters and sets the page", () => {
    const query = parseSearchQuery({ q: "cat", category: "cats", minPrice: "10", maxPrice: "99.5", page: "1" });
    expect(searchPageHref("/monolith/search", query, 3)).toBe("/monolith/search?q=cat&category=cats&minPrice=10&maxPrice=99.5&page=3");
  });

  it("leaves out what was not asked for", () => {
    expect(searchPageHref("/serverless/search", parseSearchQuery({}), 2)).toBe("/serverless/search?page=2");
  });
});
