// The judged list (core/search/judged-queries.ts) against the running app: each query finds its pets in the top 5
// on the monolith's and the hybrid's server-rendered search pages (no JavaScript needed), from the search function,
// and on the serverless SPA's search page — each page in English and in 简体中文. Highlighting marks what matched.
import type { APIRequestContext, Page } from "@playwright/test";
import { JUDGED_DEPTH, JUDGED_QUERIES, type JudgedPet } from "../core/search/judged-queries";
import { test, expect } from "./fixtures";

type Pet = JudgedPet & { id: number; name: string };
const LANGUAGES = ["en", "zh-CN"] as const;

/** Every pet of the catalog with what a judgement needs, read from the search function's listing. */
async function catalog(request: APIRequestContext): Promise<Map<number, Pet>> {
  const pets = new Map<number, Pet>();
  for (let offset = 0; ; offset += 60) {
    const res = await request.get(`/api/functions/search?q=&limit=60&offset=${offset}`);
    expect(res.ok()).toBeTruthy();
    const { hits, total } = (await res.json()) as { hits: Pet[]; total: number };
    for (const h of hits) pets.set(h.id, h);
    if (offset + 60 >= total) return pets;
  }
}

/**
 * The catalog again, after the searches: the pets other tests added meanwhile (the admin journeys run in parallel
 * and add pets, dogs among them). A hit on one of those is judged like any other pet instead of counting as a pet
 * that does not exist.
 */
async function withLaterPets(request: APIRequestContext, before: Map<number, Pet>): Promise<Map<number, Pet>> {
  const all = new Map(before);
  for (const [id, pet] of await catalog(request)) if (!all.has(id)) all.set(id, pet);
  return all;
}

/**
 * The queries whose top hits are not the relevant pets: empty when every query passes. How many hits a query must
 * have comes from the catalog as it was before the searches (every one of those pets existed when it ran); what a
 * hit is comes from the catalog after them.
 */
function misses(before: Map<number, Pet>, after: Map<number, Pet>, topIds: (q: string) => number[], label: string): string[] {
  const out: string[] = [];
  for (const jq of JUDGED_QUERIES) {
    const need = Math.min(JUDGED_DEPTH, [...before.values()].filter(jq.relevant).length);
    const top = topIds(jq.q).slice(0, need);
    if (need === 0 || top.length < need || !top.every((id) => after.has(id) && jq.relevant(after.get(id)!))) out.push(`${label}: ${jq.q}`);
  }
  return out;
}

const idsIn = (html: string, store: string) =>
  Array.from(html.matchAll(new RegExp(`href="/${store}/pets/(\\d+)"`, "g")), (m) => Number(m[1]));

test.describe("search: the judged list in both languages", () => {
  test("monolith and hybrid pages (server-rendered) and the search function", async ({ request, mode }) => {
    test.skip(mode !== "monolith", "the server-rendered pages and the function are checked once, over HTTP");
    test.setTimeout(300_000); // 37 queries × 4 pages and the function, on a small shared machine
    const pets = await catalog(request);
    const results: { label: string; top: Map<string, number[]> }[] = [];
    for (const store of ["monolith", "hybrid"]) {
      for (const lang of LANGUAGES) {
        const pages = new Map<string, number[]>();
        for (const jq of JUDGED_QUERIES) {
          const res = await request.get(`/${store}/search?q=${encodeURIComponent(jq.q)}&pageSize=${JUDGED_DEPTH}`, {
            headers: { cookie: `pst-lang=${lang}` },
          });
          expect(res.status()).toBe(200);
          pages.set(jq.q, idsIn(await res.text(), store));
        }
        results.push({ label: `${store} ${lang}`, top: pages });
      }
    }
    const fn = new Map<string, number[]>();
    for (const jq of JUDGED_QUERIES) {
      const res = await request.get(`/api/functions/search?q=${encodeURIComponent(jq.q)}&limit=${JUDGED_DEPTH}`);
      expect(res.status()).toBe(200);
      fn.set(
        jq.q,
        ((await res.json()) as { hits: Pet[] }).hits.map((h) => h.id),
      );
    }
    results.push({ label: "function", top: fn });
    const after = await withLaterPets(request, pets);
    expect(results.flatMap(({ label, top }) => misses(pets, after, (q) => top.get(q) ?? [], label))).toEqual([]);
  });

  test("serverless SPA, searching from the header in each language", async ({ page, request, mode }) => {
    test.skip(mode !== "serverless", "the SPA's page");
    test.setTimeout(300_000); // 74 searches in the browser
    const pets = await catalog(request);
    const results: { label: string; top: Map<string, number[]> }[] = [];
    for (const lang of LANGUAGES) {
      await page.context().addCookies([{ name: "pst-lang", value: lang, url: "http://127.0.0.1" }]);
      await page.goto("/serverless/search?q=");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const top = new Map<string, number[]>();
      for (const jq of JUDGED_QUERIES) top.set(jq.q, await spaSearch(page, jq.q, lang));
      results.push({ label: `serverless ${lang}`, top });
    }
    const after = await withLaterPets(request, pets);
    expect(results.flatMap(({ label, top }) => misses(pets, after, (q) => top.get(q) ?? [], label))).toEqual([]);
  });

  test("highlighting marks a Chinese query in Chinese names and an English one in English names @nojs", async ({
    page,
    at,
    mode,
    javaScriptEnabled,
  }) => {
    test.setTimeout(120_000); // the screenshots, on a busy machine
    const name = `${mode}${javaScriptEnabled ? "" : "-nojs"}`;
    await page.context().addCookies([{ name: "pst-lang", value: "zh-CN", url: "http://127.0.0.1" }]);
    await page.goto(at(`/search?q=${encodeURIComponent("猫 布偶")}`));
    await expect(page.locator("mark").filter({ hasText: "布偶猫" }).first()).toBeVisible();
    await shots(page, `search-zh-${name}`);
    await page.context().addCookies([{ name: "pst-lang", value: "en", url: "http://127.0.0.1" }]);
    await page.goto(at(`/search?q=${encodeURIComponent("retriever 金毛")}`));
    await expect(page.locator("mark").filter({ hasText: "Retriever" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Biscuit/ })).toBeVisible();
    await shots(page, `search-mixed-${name}`);
  });
});

/** With SEARCH_SHOTS=<folder>: the page at desktop (1280) and phone (390) width, for a person to look at. */
async function shots(page: Page, name: string) {
  const folder = process.env.SEARCH_SHOTS;
  if (!folder) return;
  for (const [suffix, width] of [
    ["", 1280],
    ["-phone", 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${folder}/${name}${suffix}.png` });
  }
}

/** Types the query into the header's Search box (a client-side navigation) and reads the result cards in order. */
async function spaSearch(page: Page, q: string, lang: (typeof LANGUAGES)[number]): Promise<number[]> {
  const box = page.getByRole("searchbox", { name: lang === "en" ? "Search" : "搜索", exact: true });
  await box.fill(q);
  await box.press("Enter");
  const heading = lang === "en" ? `Results for “${q}”` : `“${q}”的搜索结果`;
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: lang === "en" ? /pets? found/ : /找到/ })).toBeVisible();
  const hrefs = await page
    .locator('section[aria-labelledby="results-heading"] a[href^="/serverless/pets/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => Number(h.split("/").pop())).slice(0, JUDGED_DEPTH);
}
