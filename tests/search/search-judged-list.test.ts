// The judged list as a test of the core ranking, over the seeded catalog (no database): in the monolith's shape
// (an index built in process) and the search function's (serialized, then loaded as from blob storage).
import { describe, expect, it } from "vitest";
import { en } from "../../messages/en";
import { zhCN } from "../../messages/zh-CN";
import { seedSearchDocuments } from "../../infra/seed/seed-search-documents";
import { JUDGED_DEPTH, JUDGED_QUERIES } from "../../core/search/judged-queries";
import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, type SearchIndex } from "../../core/search/search-index";
import { searchPets } from "../../core/search/search-pets";
import { parseSearchQuery } from "../../core/search/search-query-schema";

function failures(index: SearchIndex, docs: ReturnType<typeof seedSearchDocuments>): string[] {
  const failed: string[] = [];
  for (const jq of JUDGED_QUERIES) {
    const need = Math.min(JUDGED_DEPTH, docs.filter(jq.relevant).length);
    const top = searchPets(index, parseSearchQuery({ q: jq.q, pageSize: String(JUDGED_DEPTH) })).hits.slice(0, need);
    if (need === 0 || top.length < need || !top.every(jq.relevant)) failed.push(`${jq.q} (${jq.why})`);
  }
  return failed;
}

describe("the judged list", () => {
  for (const size of [66, 1_320]) {
    const docs = seedSearchDocuments(size);
    const index = buildSearchIndex(docs);
    it(`finds each query's pets in the top ${JUDGED_DEPTH}, ${size} pets, index in process (monolith)`, () => {
      expect(failures(index, docs)).toEqual([]);
    });
    it(`finds each query's pets in the top ${JUDGED_DEPTH}, ${size} pets, index loaded from its artifact (function)`, () => {
      expect(failures(loadSearchIndex(serializeSearchIndex(index)), docs)).toEqual([]);
    });
  }

  it("has about twenty Chinese queries and the mixed ones the issue names", () => {
    expect(JUDGED_QUERIES.filter((q) => /\p{Script=Han}/u.test(q.q)).length).toBeGreaterThanOrEqual(20);
    expect(JUDGED_QUERIES.map((q) => q.q)).toEqual(expect.arrayContaining(["金毛", "猫 布偶", "小型宠物", "retriever 金毛"]));
  });
});

describe("the no-results hint", () => {
  it("suggests, in each language, queries of the judged list (so what it suggests finds pets)", () => {
    const judged = JUDGED_QUERIES.map((q) => q.q);
    for (const hint of [en.search.tryAgain, zhCN.search.tryAgain]) {
      const examples = Array.from(hint.matchAll(/“([^”]+)”/g), (m) => m[1]);
      expect(examples.length).toBeGreaterThan(0);
      expect(judged).toEqual(expect.arrayContaining(examples));
    }
  });
});
