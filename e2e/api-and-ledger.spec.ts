// The published API contract and the cost ledger, end to end:
// - every answer the serverless store's journeys receive from its API validates against /api/openapi.json;
// - /architecture/api renders the reference with nothing fetched from anywhere but this server, passes axe, and
//   "Try it" on search (with the visitor's own token) returns real hits;
// - /architecture/compare prices a search and a purchase in both architectures, and the serverless bill's Lambda
//   lines equal the cost meter's price for the same function runs.
import AxeBuilder from "@axe-core/playwright";
import type { Page, Response } from "@playwright/test";
import { test, expect, logIn, DEMO } from "./fixtures";
import { createResponseValidator } from "../tests/contract/openapi-response-validator";

const API = /\/api\/(baas|functions|serverless)\//;
// This machine is shared: a cold search function builds its index first. Generous limits, same assertions.
test.describe.configure({ timeout: 150_000 });
const SLOW = { timeout: 60_000 };
const UNREAD = Symbol("unread");
const SHOTS = process.env.SHOTS_DIR;

/** Validates every API answer the page receives while `journey` runs. */
async function checkAnswers(page: Page, journey: () => Promise<void>) {
  const doc = await (await page.request.get("/api/openapi.json")).json();
  const check = createResponseValidator(doc);
  const seen: Promise<{ operation: string | null; errors: string[] }>[] = [];
  const onResponse = (res: Response) => {
    if (!API.test(new URL(res.url()).pathname)) return;
    const type = res.headers()["content-type"] ?? "";
    seen.push(
      // A body the browser dropped (the page navigated on) never arrives: skipped, not failed.
      Promise.race([
        type.includes("application/json") ? res.json() : Promise.resolve(undefined),
        new Promise((r) => setTimeout(() => r(UNREAD), 15_000)),
      ])
        .catch(() => UNREAD)
        .then((body) => (body === UNREAD ? { operation: null, errors: [] } : check(res.request().method(), res.url(), res.status(), body))),
    );
  };
  page.on("response", onResponse);
  await journey();
  page.off("response", onResponse);
  return Promise.all(seen);
}

/** Runs `step` and waits for the page's `times` answers from `path` (their headers: checkAnswers reads the bodies). */
async function reach(page: Page, path: string, step: () => Promise<unknown>, times = 1) {
  let seen = 0;
  const answered = page.waitForResponse((res) => new URL(res.url()).pathname === path && ++seen === times, SLOW);
  await step();
  await answered;
}

test.describe("the serverless API's contract", () => {
  test.skip(({ mode }) => mode !== "serverless", "the serverless store's API");

  test("every answer a shopping journey receives validates against the published document", async ({ page, at }) => {
    const results = await checkAnswers(page, async () => {
      // Each step waits for the answer it is there to check, not only for something on screen: a view can show its
      // heading before its data call goes out (the orders view does), and "networkidle" may already have passed
      // while the call is still to come, so the answer would arrive after the listener is gone.
      await reach(page, "/api/baas/categories", () => page.goto(at("")));
      await expect(page.getByRole("link", { name: /Biscuit/ }).first()).toBeVisible(SLOW);
      await reach(page, "/api/baas/categories/dogs/pets", () => page.goto(at("/category/dogs")));
      await expect(page.getByRole("heading", { level: 1, name: /Dogs/ })).toBeVisible(SLOW);
      await reach(page, "/api/functions/search", () => page.goto(at("/search?q=retriever")));
      await expect(page.getByRole("link", { name: /Biscuit/ }).first()).toBeVisible(SLOW);
      await reach(page, "/api/baas/pets/1", () =>
        page
          .getByRole("link", { name: /Biscuit/ })
          .first()
          .click(),
      );
      await expect(page.getByRole("button", { name: "Add to cart" })).toBeVisible(SLOW);
      await logIn(page, "serverless", DEMO);
      await reach(page, "/api/baas/orders", () => page.goto(at("/orders")));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible(SLOW);
    });
    // The journey's own purchase, through the browser's fetch (the cart page's button does the same call).
    // Each answer is read in the page: a body nobody reads may be dropped before Playwright asks for it.
    const purchase = await checkAnswers(page, async () => {
      await reach(
        page,
        "/api/functions/purchase",
        () =>
          page.evaluate(async () => {
            const { token } = await (await fetch("/api/baas/token")).json();
            const body = JSON.stringify({ items: [{ petId: 1, quantity: 1 }], idempotencyKey: `contract-${Date.now()}` });
            for (const sent of [body, "{}"])
              await (
                await fetch("/api/functions/purchase", {
                  method: "POST",
                  headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
                  body: sent,
                })
              ).text();
          }),
        2,
      );
    });
    const all = [...results, ...purchase];
    expect(all.flatMap((r) => r.errors)).toEqual([]);
    const operations = new Set(all.map((r) => r.operation));
    for (const op of [
      "GET /api/baas/token",
      "GET /api/baas/categories",
      "GET /api/baas/categories/{slug}/pets",
      "GET /api/baas/pets/{id}",
      "GET /api/functions/search",
      "GET /api/baas/orders",
      "POST /api/functions/purchase",
    ])
      expect(operations, `the journey reached ${op}`).toContain(op);
  });

  test("/architecture/api works offline, passes axe, and Try it on search returns real hits", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    // Cut the network off except to this server: anything else is recorded and refused.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto("/architecture/api");
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible(SLOW);
    await expect(page.locator("#api-reference").getByText("/api/functions/search").first()).toBeVisible(SLOW);
    await expect(page.getByRole("group", { name: /Language/ })).toBeVisible(); // the app's own header

    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const blocking = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    await page.getByRole("button", { name: "Use my token" }).click();
    await expect(page.getByRole("status")).toContainText("catalog:read");
    const op = page.locator("#operations-Functions-search");
    await op.locator(".opblock-summary").first().click();
    await op.getByPlaceholder("q").fill("retriever");
    const answer = page.waitForResponse((r) => r.url().includes("/api/functions/search?q=retriever"));
    await op.getByRole("button", { name: "Execute" }).click();
    expect((await answer).status()).toBe(200);
    await expect(op.locator(".responses-wrapper .live-responses-table")).toContainText("Biscuit");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/ledger-api-reference.png`, fullPage: false });
    expect(elsewhere).toEqual([]);

    // The page's own words in Chinese (Swagger UI's stay English: it has no other language).
    await page
      .getByRole("group", { name: /Language/ })
      .getByRole("button", { name: "简体中文" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "API 参考" })).toBeVisible(SLOW);
    await expect(page.getByRole("button", { name: "使用我的令牌" })).toBeVisible(SLOW);
  });
});

test.describe("the cost ledger", () => {
  test.skip(({ mode }) => mode !== "serverless", "run once");

  for (const action of ["Search", "Buy"] as const) {
    test(`compare prices a ${action.toLowerCase()} in both architectures; the Lambda lines equal the cost meter`, async ({ page }) => {
      await page.goto("/architecture/compare");
      await page.getByRole("button", { name: new RegExp(`^${action}`) }).click();
      const bills = page.getByTestId("compare-bills");
      await expect(bills).toBeVisible({ timeout: 90_000 });
      const mono = page.getByTestId("bill-monolith");
      const sls = page.getByTestId("bill-serverless");
      await expect(mono.locator("tr[data-kind='server-share']").first()).toBeVisible(SLOW);
      await expect(sls.locator("tr[data-kind='invocation']").first()).toBeVisible(SLOW);
      await expect(sls.locator("tr[data-kind='active-cpu']").first()).toBeVisible(SLOW);
      // Each bill's total is the sum of its line items.
      for (const bill of [mono, sls]) {
        const total = Number(await bill.getAttribute("data-total-usd"));
        const lines = await bill.locator("tr[data-usd]").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-usd"))));
        expect(total).toBeGreaterThan(0);
        expect(total).toBeCloseTo(
          lines.reduce((s, v) => s + v, 0),
          15,
        );
      }
      // On AWS Lambda x86, the function runs' lines equal what the cost meter charges for the same invocations.
      const check = page.getByTestId("meter-check");
      await expect(check).toBeVisible(SLOW);
      const meter = Number(await check.getAttribute("data-meter-usd"));
      const ledger = Number(await check.getAttribute("data-ledger-usd"));
      expect(meter).toBeGreaterThan(0);
      expect(ledger).toBeCloseTo(meter, 15);
      await page.getByLabel("Priced on").selectOption("aws-x86");
      await expect(sls.locator("tr[data-kind='lambda-compute']").first()).toBeVisible(SLOW);
      if (SHOTS) await bills.screenshot({ path: `${SHOTS}/ledger-compare-${action.toLowerCase()}.png` });
      // The ledger of one action per store, for the record.
      const rows = async (bill: typeof mono) =>
        bill
          .locator("tbody tr")
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim()).join(" | ")));
      console.log(
        `\n${action} on AWS Lambda x86\n  monolith: ${(await rows(mono)).join("\n            ")}\n  serverless: ${(await rows(sls)).join("\n              ")}`,
      );
    });
  }

  test("the lens shows an action's bill", async ({ page, at }) => {
    await page.goto(at("/search?q=retriever"));
    await expect(page.getByRole("link", { name: /Biscuit/ }).first()).toBeVisible(SLOW);
    await page.getByRole("button", { name: "Lens", exact: true }).click();
    const bill = page.getByTestId("lens-bill").first();
    await expect(bill).toBeVisible(SLOW);
    await bill.locator("summary").click();
    await expect(bill.locator("tr[data-kind='invocation']").first()).toBeVisible(SLOW);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/ledger-lens.png` });
  });
});
