// Accessibility: axe-core scans every page of both stores (and the lens pages) against WCAG 2.0/2.1 A and AA,
// and fails on any violation of impact "serious" or "critical", listing each one with the elements it hit.
// The serverless store renders in the browser, so each scan first waits for the page's own content (a
// heading, a pet link, a result count) to arrive from the data API; scanning the loading shell would pass
// without checking anything.
// One test per page (or per step of a journey): a scan takes seconds on a busy machine, and a test holding
// many of them lives near its time limit (docs/testing.md).
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { test, expect, logIn, uniqueEmail, ADMIN, becomeInstructor, type Mode } from "./fixtures";
import { importSampleRun } from "./sample-run";

// One axe pass over a store page is seconds of CPU on a quiet machine (the colour-contrast rule walks every text
// node) and grows with the load, so a page gets 60 s rather than the suite's 30: still a hang detector, and on a
// quiet machine a page needs well under half of it.
test.describe.configure({ timeout: 60_000 });

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

/**
 * Runs axe once on the current page and returns its serious and critical WCAG violations, one entry per rule,
 * plus any skipped heading level (axe files "heading-order" under best practice, at moderate impact, but a
 * skipped level breaks the outline screen-reader users navigate by). One pass carries both: the WCAG tags
 * choose the rules, and naming "heading-order" in `rules` adds it to them.
 */
async function scan(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .options({ runOnly: { type: "tag", values: WCAG_TAGS }, rules: { "heading-order": { enabled: true } } })
    .analyze();
  return violations
    .filter((v) => v.id === "heading-order" || BLOCKING.has(v.impact ?? ""))
    .map((v) => {
      const targets = v.nodes.map(
        (n) => `    • ${n.target.join(" ")}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n\s*/g, "; ")}` : ""}`,
      );
      return `[${v.impact ?? ""}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${targets.join("\n")}`;
    });
}

/** Fails with every finding spelled out, or passes when the page has none. */
async function expectNoViolations(page: Page, label: string) {
  const findings = await scan(page);
  expect(findings, `${label}:\n${findings.join("\n")}`).toEqual([]);
}

/** Opens a page, waits until `ready` is visible (the data has arrived), then scans it. */
async function visitAndScan(page: Page, path: string, ready: (page: Page) => Locator, label = path) {
  await page.goto(path);
  // 30 s, not the suite's 10: on a busy machine the serverless pages' data arrives late, and the page test's own
  // limit still bounds it.
  await expect(ready(page), `${label} did not finish loading`).toBeVisible({ timeout: 30_000 });
  await expectNoViolations(page, label);
}

/** A generated fish with plenty of stock (the named pets belong to other specs' stock arithmetic). */
async function petInStock(request: APIRequestContext): Promise<{ id: number; name: string }> {
  const res = await request.get("/api/functions/search?q=&limit=100");
  expect(res.ok()).toBeTruthy();
  const { hits } = (await res.json()) as { hits: { id: number; name: string; stock: number; category: string }[] };
  const pet = hits.find((h) => h.category === "fish" && h.stock >= 10);
  if (!pet) throw new Error("no fish with 10 or more in stock in the seeded catalog");
  return pet;
}

async function seededPet(request: APIRequestContext, name: string): Promise<number> {
  const res = await request.get(`/api/functions/search?q=${encodeURIComponent(name)}&limit=5`);
  const pet = ((await res.json()) as { hits: { id: number; name: string }[] }).hits.find((h) => h.name === name);
  expect(pet, `the seeded pet ${name}`).toBeTruthy();
  return pet!.id;
}

/**
 * A fresh customer, logged in to `mode`'s store: the demo account is shared by parallel tests, and these fill a
 * cart. Accounts are created in the monolith (the serverless store has no sign-up of its own); registering
 * there logs in there.
 */
async function newCustomer(page: Page, mode: Mode) {
  const account = { email: uniqueEmail("axe"), password: "axe-password-1" };
  await page.goto("/monolith/register");
  await page.getByLabel("Name").fill("Axe Tester");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  if (mode === "serverless") await logIn(page, mode, account);
}

async function addToCart(page: Page, at: (path: string) => string, request: APIRequestContext) {
  await page.goto(at(`/pets/${(await petInStock(request)).id}`));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Added .+ to your cart/ })).toBeVisible();
}

const h1 = (name: string | RegExp) => (page: Page) => page.getByRole("heading", { level: 1, name });

test("the scan reports a serious WCAG violation and a skipped heading level, and nothing milder", async ({ page, mode }) => {
  test.skip(mode !== "monolith", "checks the scanner itself: once is enough");
  // An image without a text alternative (critical) and an h1 followed by an h3 (heading-order: moderate, but
  // reported on purpose) must both be found by the one pass; an xml:lang that contradicts lang (a WCAG A rule of
  // moderate impact) must not be: exactly two findings.
  await page.setContent(
    `<!doctype html><html lang="en" xml:lang="fr"><head><title>Scanner check</title></head><body><main>
       <h1>Scanner check</h1><h3>Skipped a level</h3>
       <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
     </main></body></html>`,
  );
  const rules = (await scan(page)).map((f) => f.match(/^\[\w*\] ([\w-]+):/)?.[1]);
  expect(rules.sort()).toEqual(["heading-order", "image-alt"]);
});

test.describe("store pages anyone can open have no serious accessibility violations", () => {
  const pages: { path: string | ((request: APIRequestContext) => Promise<string>); ready: (page: Page) => Locator; label?: string }[] = [
    { path: "", ready: (p) => p.getByRole("heading", { name: "Featured pets" }), label: "home" },
    { path: "/category/dogs", ready: (p) => p.getByRole("link", { name: /Biscuit/ }) },
    {
      path: async (request) => `/pets/${await seededPet(request, "Biscuit")}`,
      ready: (p) => p.getByRole("button", { name: "Add to cart" }),
      label: "/pets/{Biscuit}",
    },
    { path: "/search?q=dog", ready: (p) => p.getByText(/[1-9]\d* pets? found/) },
    { path: "/search?q=zzzzqqq", ready: (p) => p.getByText(/0 pets found|No pets match/).first(), label: "/search (nothing found)" },
    { path: "/cart", ready: h1(/Your cart/), label: "/cart (empty)" },
    { path: "/login", ready: h1("Log in") },
    { path: "/register", ready: h1("Create an account") },
    { path: "/pets/999999", ready: h1(/couldn’t find that page/), label: "/pets/999999 (not found)" },
  ];
  for (const { path, ready, label } of pages) {
    const name = label ?? (path as string);
    test(name, async ({ page, at, request }) => {
      const target = typeof path === "string" ? path : await path(request);
      await visitAndScan(page, at(target), ready, at(name));
    });
  }
});

test.describe("a signed-in customer's pages have no serious accessibility violations", () => {
  // Each step signs a new customer up first (and, in the serverless store, logs in again): a memory-hard hash
  // or two, and up to two scans, so these get half as long again.
  test.beforeEach(() => test.setTimeout(90_000));

  test("orders, none yet", async ({ page, at, mode }) => {
    await newCustomer(page, mode);
    await visitAndScan(page, at("/orders"), h1("Your orders"), at("/orders (none yet)"));
  });

  test("the pet page right after Add to cart, and the filled cart", async ({ page, at, mode, request }) => {
    await newCustomer(page, mode);
    await addToCart(page, at, request);
    await expectNoViolations(page, `${mode} pet page after Add to cart`); // it shows the confirmation
    await visitAndScan(page, at("/cart"), (p) => p.getByRole("link", { name: /checkout/i }));
  });

  test("checkout, and the orders page after placing one", async ({ page, at, mode, request }) => {
    await newCustomer(page, mode);
    await addToCart(page, at, request);
    await visitAndScan(page, at("/checkout"), (p) => p.getByRole("button", { name: "Place order" }));
    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page.getByText(/Order #\d+ placed/).first()).toBeVisible();
    await expectNoViolations(page, `${mode} orders after placing one`);
  });
});

test("the admin page has no serious accessibility violations", async ({ page, at, mode }) => {
  await logIn(page, mode, ADMIN);
  await visitAndScan(page, at("/admin"), (p) => p.getByLabel("Image"));
});

test.describe("the landing page, the lens and the compare page have no serious accessibility violations", () => {
  const pages = [
    { path: "/", ready: h1(/built twice/) },
    { path: "/architecture", ready: h1("Architecture lens") },
    { path: "/architecture/compare", ready: h1("Compare one action") },
    { path: "/no-such-page", ready: h1("Page not found") },
  ];
  for (const { path, ready } of pages) {
    test(path, async ({ page, mode }) => {
      test.skip(mode !== "monolith", "outside both stores: scanned once");
      await visitAndScan(page, path, ready);
    });
  }
});

test.describe("the hybrid store and its migration panel have no serious accessibility violations", () => {
  test.beforeEach(async ({ page, mode }) => {
    test.skip(mode !== "monolith", "one store of its own: scanned once");
    // Halfway along the path (search and images moved), for this browser only.
    const state = {
      auth: "monolith",
      pages: "monolith",
      catalog: "monolith",
      search: "serverless",
      purchase: "monolith",
      images: "serverless",
    };
    expect((await page.request.put("/api/class/migration?scope=browser", { data: state })).status()).toBe(200);
  });
  const pages: { path: string | ((request: APIRequestContext) => Promise<string>); ready: (page: Page) => Locator; label?: string }[] = [
    { path: "/hybrid", ready: (p) => p.getByRole("heading", { name: "Featured pets" }) },
    { path: "/hybrid/category/fish", ready: h1(/Fish/) },
    {
      path: async (request) => `/hybrid/pets/${(await petInStock(request)).id}`,
      ready: (p) => p.getByRole("button", { name: "Add to cart" }),
      label: "/hybrid/pets/{a fish}",
    },
    { path: "/hybrid/search?q=dog", ready: (p) => p.getByText(/[1-9]\d* pets? found/) },
    { path: "/hybrid/cart", ready: h1(/Your cart/) },
    { path: "/hybrid/login", ready: h1("Log in") },
    { path: "/hybrid/migration", ready: h1("Migration panel") },
  ];
  for (const { path, ready, label } of pages) {
    const name = label ?? (path as string);
    test(name, async ({ page, request }) => {
      await visitAndScan(page, typeof path === "string" ? path : await path(request), ready, name);
    });
  }
});

// The classroom is not a store: scanned once (in the monolith project). Only looked at: no lesson is started,
// nobody joins, no switch is flipped, so the shared-state specs that run later find the class as it was.
test.describe("the classroom pages have no serious accessibility violations", () => {
  test.beforeEach(({ mode }) => {
    test.skip(mode !== "monolith", "the classroom pages are the same for both stores");
  });
  // As a student or visitor (no key), then as the instructor.
  const pages: { path: string; ready: (page: Page) => Locator; instructor?: boolean; label?: string }[] = [
    { path: "/class", ready: h1("Welcome to the class"), label: "/class (visitor)" },
    { path: "/class/where-does-the-code-run/1", ready: (p) => p.getByText(/Step 1 of \d+/) },
    { path: "/class/where-does-the-code-run/2", ready: (p) => p.getByText(/Step 2 of \d+/) },
    { path: "/class/join", ready: h1("Join the class") },
    { path: "/class/live", ready: (p) => p.getByRole("heading", { level: 1 }) },
    { path: "/class", ready: h1("You are the instructor"), instructor: true, label: "/class (instructor)" },
    { path: "/class/present", ready: (p) => p.getByRole("heading", { level: 1 }), instructor: true },
    { path: "/class/bench", ready: h1("Lab bench"), instructor: true },
  ];
  for (const { path, ready, instructor, label } of pages) {
    const name = label ?? path;
    test(name, async ({ page }) => {
      // becomeInstructor opens /class with the key: the instructor's own /class is then already on screen.
      if (instructor) await becomeInstructor(page);
      await visitAndScan(page, path, ready, name);
    });
  }
  // Recorded runs (an imported one: no class is run here): the instructor's list, a replay, two runs compared.
  test("/class/runs, /class/replay/{run} and /class/replay/compare", async ({ page, request }) => {
    const [a, b] = [await importSampleRun(request), await importSampleRun(request, "2026-12-02")];
    await becomeInstructor(page);
    await visitAndScan(page, "/class/runs", h1("Class runs"));
    await visitAndScan(page, `/class/replay/${a}`, (p) => p.getByTestId("replay-controls"), "/class/replay/{run}");
    await visitAndScan(page, `/class/replay/compare?a=${a}&b=${b}`, h1(/^Two runs of /), "/class/replay/compare");
  });
});
