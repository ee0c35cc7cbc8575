import { describe, expect, it } from "vitest";
import type { SearchDocument } from "./search-document";
import { buildSearchIndex, buildSearchIndexInSlices, loadSearchIndex, serializeSearchIndex, upsertSearchDocument } from "./search-index";
import { searchPets } from "./search-pets";
import { parseSearchQuery } from "./search-query-schema";

const doc = (
  id: number,
  name: string,
  breed: string,
  category: string,
  priceCents: number,
  description = "A lovely pet.",
): SearchDocument => ({
  id,
  name,
  species: category === "dogs" ? "Dog" : "Cat",
  breed,
  description,
  category,
  categoryName: category,
  priceCents,
  stock: 3,
  thumbnailUrl: null,
});

const docs = [
  doc(1, "Biscuit", "Golden Retriever", "dogs", 95000),
  doc(2, "Retro", "Maine Coon", "cats", 60000, "Purrs like a golden retriever would if it were a cat."),
  doc(3, "Pepper", "Border Collie", "dogs", 120000),
  doc(4, "Mochi", "Ragdoll", "cats", 40000),
];

describe("searchPets", () => {
  const index = buildSearchIndex(docs);

  it("ranks a breed match above a description-only match", () => {
    const r = searchPets(index, parseSearchQuery({ q: "golden retriever" }));
    expect(r.hits.map((h) => h.id)).toEqual([1, 2]);
  });

  it("ranks a name match first and finds prefixes", () => {
    expect(searchPets(index, parseSearchQuery({ q: "bisc" })).hits.map((h) => h.id)).toEqual([1]);
  });

  it("tolerates a typo in longer words", () => {
    expect(searchPets(index, parseSearchQuery({ q: "ragdol" })).hits[0]?.id).toBe(4);
  });

  it("filters by category and price range (dollars)", () => {
    expect(searchPets(index, parseSearchQuery({ q: "", category: "dogs", maxPrice: "1000" })).hits.map((h) => h.id)).toEqual([1]);
    expect(searchPets(index, parseSearchQuery({ q: "", minPrice: "500", maxPrice: "1000" })).hits.map((h) => h.id)).toEqual([1, 2]);
  });

  it("lists everything by name for an empty query, paginated", () => {
    const r = searchPets(index, parseSearchQuery({ q: "", pageSize: "2", page: "2" }));
    expect(r.total).toBe(4);
    expect(r.hits.map((h) => h.name)).toEqual(["Pepper", "Retro"]);
  });

  it("returns no hits (not an error) for odd or very long queries", () => {
    expect(searchPets(index, parseSearchQuery({ q: "%%%' OR 1=1; --<script>" })).total).toBe(0);
    const long = parseSearchQuery({ q: "x".repeat(1000) });
    expect(long.q.length).toBe(200);
    expect(searchPets(index, long).total).toBe(0);
  });

  it("round-trips through serialization with the same results, and upserts idempotently", () => {
    const loaded = loadSearchIndex(serializeSearchIndex(index));
    expect(searchPets(loaded, parseSearchQuery({ q: "collie" })).hits.map((h) => h.id)).toEqual([3]);
    const newcomer = doc(5, "Nugget", "Beagle", "dogs", 50000);
    upsertSearchDocument(loaded, newcomer);
    upsertSearchDocument(loaded, newcomer);
    expect(searchPets(loaded, parseSearchQuery({ q: "nugget" })).total).toBe(1);
    expect(searchPets(loaded, parseSearchQuery({ q: "" })).total).toBe(5);
  });
});

describe("searchPets in Chinese", () => {
  // categoryName as the database holds it ("Dogs"), the slug for the Chinese name.
  const seeded = docs.map((d) => ({ ...d, categoryName: d.category === "dogs" ? "Dogs" : "Cats" }));
  const index = buildSearchIndex(seeded);
  const ids = (q: Record<string, string>) => searchPets(index, parseSearchQuery(q)).hits.map((h) => h.id);

  it("finds breeds, species and categories by the Chinese names the pages show", () => {
    expect(ids({ q: "金毛" })).toEqual([1]);
    expect(ids({ q: "猫 布偶" })).toEqual([4]);
    expect(ids({ q: "猫" }).sort()).toEqual([2, 4]);
    expect(ids({ q: "狗狗" }).sort()).toEqual([1, 3]);
    expect(ids({ q: "retriever 金毛" })).toEqual([1]);
  });

  it("applies the category and price filters to a Chinese query", () => {
    expect(ids({ q: "猫", category: "cats", maxPrice: "500" })).toEqual([4]);
    expect(ids({ q: "猫", category: "dogs" })).toEqual([]);
    expect(ids({ q: "牧羊犬", minPrice: "1000" })).toEqual([3]);
  });

  it("tries a Chinese query character by character only when the strict one finds nothing", () => {
    expect(ids({ q: "金毛犬" })).toEqual([1]); // 金毛寻回犬: every character, not one piece
    expect(ids({ q: "金犬" })).toEqual([1]);
    expect(ids({ q: "金猫" })).toEqual([]); // no pet has both
  });

  it("indexes no Chinese for a breed the catalog map does not know, and keeps English stored", () => {
    const own = buildSearchIndex([doc(9, "Nori", "Mixed", "dogs", 1000)]);
    expect(searchPets(own, parseSearchQuery({ q: "mixed" })).hits.map((h) => [h.id, h.breed])).toEqual([[9, "Mixed"]]);
    expect(searchPets(own, parseSearchQuery({ q: "狗" })).total).toBe(1);
  });

  it("refuses to load an index of another format (an older build's English-only artifact is rebuilt)", () => {
    const old = JSON.stringify({ ...JSON.parse(serializeSearchIndex(index)), version: 1 });
    expect(() => loadSearchIndex(old)).toThrow(/format 1/);
  });
});

describe("buildSearchIndexInSlices", () => {
  it("builds the same index as the one-go build, pausing between slices", async () => {
    let pauses = 0;
    const counter = setInterval(() => pauses++, 0);
    const sliced = await buildSearchIndexInSlices(docs, 1);
    clearInterval(counter);
    expect(serializeSearchIndex(sliced)).toBe(serializeSearchIndex(buildSearchIndex(docs)));
    // Another timer ran while it built: the event loop was not held for the whole build.
    expect(pauses).toBeGreaterThan(0);
  });
});

describe("parseSearchQuery", () => {
  it("normalises junk instead of failing", () => {
    const q = parseSearchQuery({ q: ["a", "b"], page: "-3", minPrice: "abc", category: "../etc" });
    expect(q).toEqual({ q: "a", page: 1, pageSize: 12, minPrice: undefined, maxPrice: undefined, category: undefined });
  });
});
