// `npm run bench:first-view`: how soon a visitor sees pets, in a real browser, serverless ÷ monolith in the same run.
//   - a full load of a category page and of a search page, until the first pet card is in the page;
//   - an in-app navigation (from the store's home page, the "Cats" category link) until that category's pets show.
// Each visit is a new browser context (a first visit: empty cache, no cookies). The monolith renders the pets into
// its HTML; the serverless store's HTML carries none: its browser app reads them from the data API. One unmeasured
// round first (it warms the server and cold-starts the search function), then BENCH_ROUNDS (5) rounds that
// alternate which store goes first; each row compares the two medians.
// Options: BENCH_PORT (3300), BENCH_ROUNDS (5), BENCH_COMPARE_DIR=<another checkout with its own build>: its
// serverless store is timed in the same rounds too (a "before" row per measure).
import "./lib/check-node";
import { loadavg } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { loadAverageChange, recordRows, rowsTable, type BenchRow } from "./lib/bench-rows";
import { startApp, stop } from "./lib/bench-server";
import { ensureFreshBuild } from "./lib/build-freshness";
import { chromiumPath } from "./lib/chromium-path";
import { root } from "./lib/preflight";

const basePort = Number(process.env.BENCH_PORT ?? 3300);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

type Store = { label: string; origin: string; mode: "monolith" | "serverless" };
type Visit = "category" | "search" | "navigate";

const CATEGORY = "dogs";
const SEARCH = "retriever";
const NAVIGATE_TO = { slug: "cats", heading: "Cats" };

// Runs in every document before its own scripts: records when the wanted pets first are in the page. `want` comes
// from sessionStorage (a navigation that loads a new document, as the monolith's does, keeps it) or is the full
// load's "any pet card in <main>". Times are the page's own clock (Date.now), read back by the bench.
const WATCH = `(() => {
  const key = "pst-bench-want";
  const seenKey = "pst-bench-seen";
  const check = () => {
    if (sessionStorage.getItem(seenKey)) return;
    const want = JSON.parse(sessionStorage.getItem(key) || "null");
    if (want && location.pathname !== want.path) return;
    const main = document.querySelector("main");
    if (!main) return;
    if (want && main.querySelector("h1")?.textContent?.trim() !== want.heading) return;
    const pet = main.querySelector('a[href*="/pets/"]');
    if (!pet || pet.getBoundingClientRect().height === 0) return;
    sessionStorage.setItem(seenKey, JSON.stringify({ at: Date.now(), sinceNavigation: performance.now() }));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", check);
})();`;

async function seen(page: import("@playwright/test").Page): Promise<{ at: number; sinceNavigation: number }> {
  const handle = await page.waitForFunction(() => sessionStorage.getItem("pst-bench-seen"), undefined, { timeout: 30_000, polling: 20 });
  return JSON.parse((await handle.jsonValue()) as string) as { at: number; sinceNavigation: number };
}

/** One visit in a fresh context; milliseconds until the pets showed. */
async function visit(browser: Browser, store: Store, kind: Visit): Promise<number> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    if (kind === "navigate") {
      await page.goto(`${store.origin}/${store.mode}`, { waitUntil: "load" });
      const link = page.locator(`main a[href="/${store.mode}/category/${NAVIGATE_TO.slug}"]`).first();
      await link.waitFor({ timeout: 30_000 });
      await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
      await page.evaluate(
        ([want]) => {
          sessionStorage.removeItem("pst-bench-seen");
          sessionStorage.setItem("pst-bench-want", JSON.stringify(want));
        },
        [{ path: `/${store.mode}/category/${NAVIGATE_TO.slug}`, heading: NAVIGATE_TO.heading }],
      );
      // The click's own time, on the page's clock: a trusted click through the browser, as a visitor's.
      const clickedAt = await page.evaluate(() => Date.now());
      await link.click();
      return (await seen(page)).at - clickedAt;
    }
    const url = kind === "category" ? `/${store.mode}/category/${CATEGORY}` : `/${store.mode}/search?q=${SEARCH}`;
    await page.goto(`${store.origin}${url}`, { waitUntil: "commit" });
    return (await seen(page)).sinceNavigation;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main() {
  ensureFreshBuild();
  const before = loadavg();
  const compareDir = process.env.BENCH_COMPARE_DIR;
  const servers = [await startApp(root, path.join(root, "data", "bench-first-view"), basePort)];
  const stores: Store[] = [
    { label: "monolith", origin: `http://127.0.0.1:${basePort}`, mode: "monolith" },
    { label: "serverless", origin: `http://127.0.0.1:${basePort}`, mode: "serverless" },
  ];
  if (compareDir) {
    servers.push(await startApp(path.resolve(compareDir), path.join(root, "data", "bench-first-view-before"), basePort + 1));
    stores.push({ label: "serverless before", origin: `http://127.0.0.1:${basePort + 1}`, mode: "serverless" });
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--disable-gpu", "--no-sandbox"] });
  const kinds: Visit[] = ["category", "search", "navigate"];
  const times = new Map<string, number[]>();
  try {
    for (let round = 0; round <= rounds; round++) {
      // Round 0 warms up and is not counted; then the order alternates, so neither store always goes first.
      const order = round % 2 === 0 ? stores : [...stores].reverse();
      for (const kind of kinds) {
        for (const store of order) {
          const ms = await visit(browser, store, kind);
          console.log(`round ${round}${round === 0 ? " (warm-up)" : ""}: ${store.label} ${kind} ${Math.round(ms)} ms`);
          if (round === 0) continue;
          const key = `${store.label}:${kind}`;
          times.set(key, [...(times.get(key) ?? []), ms]);
        }
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await stop(server);
  }

  const med = (label: string, kind: Visit) => median(times.get(`${label}:${kind}`) ?? [NaN]);
  const ratio = (label: string, kind: Visit) => med(label, kind) / med("monolith", kind);
  const fmt = (label: string, kind: Visit) =>
    `${ratio(label, kind).toFixed(2)} (${Math.round(med(label, kind))} / ${Math.round(med("monolith", kind))} ms)`;
  const rows: BenchRow[] = [];
  const fullLoad = Math.max(ratio("serverless", "category"), ratio("serverless", "search"));
  rows.push({
    measure: "serverless ÷ monolith, full load until the first pet shows: category / search",
    value: `${fmt("serverless", "category")} / ${fmt("serverless", "search")}`,
    goal: "≤ 1.0",
    met: fullLoad <= 1.0,
  });
  rows.push({
    measure: "serverless ÷ monolith, in-app navigation to another category until its pets show",
    value: fmt("serverless", "navigate"),
    goal: "≤ 0.5",
    met: ratio("serverless", "navigate") <= 0.5,
  });
  if (compareDir) {
    rows.push({
      measure: "before (BENCH_COMPARE_DIR): serverless ÷ monolith, full load: category / search; navigation",
      value: `${fmt("serverless before", "category")} / ${fmt("serverless before", "search")}; ${fmt("serverless before", "navigate")}`,
      goal: "—",
      met: null,
    });
  }
  console.log(`\nFirst view, median of ${rounds} alternating rounds (${loadAverageChange(before, loadavg())})\n`);
  for (const [key, values] of times) console.log(`  ${key}: ${values.map((v) => Math.round(v)).join(", ")} ms`);
  console.log(`\n${rowsTable(rows)}`);
  recordRows(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
