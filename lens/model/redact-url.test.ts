import { describe, expect, it } from "vitest";
import { redactQuery } from "./redact-url";

describe("redactQuery", () => {
  it("keeps the search and paging parameters, drops everything else", () => {
    expect(redactQuery("/monolith/search?q=dog&email=a%40b.c&page=2")).toBe("/monolith/search?q=dog&page=2");
    expect(redactQuery("GET /monolith/register?email=alice@example.com&name=Alice")).toBe("GET /monolith/register");
    expect(redactQuery("http://x.test/api/functions/search?q=cat&minPrice=5&maxPrice=50&category=cats&token=abc")).toBe(
      "http://x.test/api/functions/search?q=cat&minPrice=5&maxPrice=50&category=cats",
    );
  });

  it("leaves text without a query string alone, and handles odd input", () => {
    expect(redactQuery("/monolith/pets/3")).toBe("/monolith/pets/3");
    expect(redactQuery("/x?%E0%A4%A=1&q=ok")).toBe("/x?q=ok");
    expect(redactQuery("/x?")).toBe("/x");
    expect(redactQuery("/monolith/login?error=Wrong+password&next=/monolith/cart")).toBe("/monolith/login");
  });
});
