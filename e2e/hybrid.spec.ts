// The hybrid store (strangler fig), end to end: the golden journey — browse → search → log in → buy → see the
// order — at each of the seven states of the recommended path, with JavaScript off while the pages are still
// server-rendered (@nojs), and the lens showing which component served search and purchase (the spans API at
// every state; the visible Lens panel and /architecture's live facade node at two). Each test moves only
// its own browser's state (a cookie), so tests run in parallel without moving each other's store.
import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest, type Page } from "@playwright/test";
import sharp from "sharp";
import { ADMIN, test, expect } from "./fixtures";
import { recommendedStates, RECOMMENDED_MOVES } from "../core/migration/recommended-path";
import { ALL_MONOLITH, CAPABILITY_LABELS, encodeMigrationState, type MigrationState } from "../core/migration/migration-state";

const PASSWORD = "hybrid-password-1";
const PET = "Mochi"; // stock 40 in the seed: enough for every journey of the suite

test.skip(({ mode }) => mode !== "monolith", "the hybrid store is its own store: run it once, in the monolith projects");

async function setMigration(page: Page, state: MigrationState) {
  const res = await page.request.put("/api/class/migration?scope=browser", { data: state });
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ ...state, source: "browser" });
}

/** A new customer, registered through the monolith's HTML form from a cookie jar of its own (one User table for all). */
async function registerCustomer(baseURL: string): Promise<string> {
  const email = `hybrid-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@petstore.test`;
  const api = await playwrightRequest.newContext({ baseURL });
  const html = await (await api.get("/monolith/register")).text();
  const csrf = /name="csrfToken" value="([^"]+)"/.exec(html)?.[1] ?? "";
  const res = await api.post("/api/monolith/register", {
    form: { csrfToken: csrf, name: "Hybrid Tester", email, password: PASSWORD },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  await api.dispose();
  return email;
}

/** Spans of this browser's own requests since `sinceMs` that the given component served. */
async function spansOf(page: Page, component: string, sinceMs: number) {
  const res = await page.request.get(`/api/lens/spans?component=${component}&since=${sinceMs}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { spans: { name: string; component: string }[] }).spans;
}

/** Browse → search → add to cart, in the server-rendered hybrid pages. */
async function browseSearchAdd(page: Page, state: MigrationState) {
  await page.goto("/hybrid");
  await expect(page.getByRole("heading", { name: "One store, halfway through its move.", level: 1 })).toBeVisible();
  const strip = page.getByRole("region", { name: "Routing facade" });
  await expect(strip).toContainText(`Search: ${state.search}`);
  await expect(strip).toContainText(`Purchase: ${state.purchase}`);
  await page.getByRole("link", { name: "Cats" }).first().click();
  await expect(page).toHaveURL(/\/hybrid\/category\/cats/);

  await page.getByLabel("Search").fill(PET);
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page).toHaveURL(new RegExp(`/hybrid/search\\?q=${PET}`));
  await expect(page.getByTestId("search-served-by")).toHaveText(
    state.search === "serverless" ? "Served by the search function (through the gateway)." : "Served by the monolith, in process.",
  );
  await page.getByRole("link", { name: PET }).first().click();
  await expect(page.getByRole("heading", { name: PET, level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${PET} to your cart.` })).toBeVisible();
}

/** Log in → Place order → the order in the history, placed by the part the facade routed purchase to. */
async function logInAndBuy(page: Page, email: string, state: MigrationState): Promise<string> {
  await page.goto("/hybrid/checkout");
  await expect(page).toHaveURL(/\/hybrid\/login\?next=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/hybrid\/checkout$/);
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(/\/hybrid\/orders\?placed=\d+$/);
  const orderId = new URL(page.url()).searchParams.get("placed")!;
  const order = page.getByRole("article", { name: `Order #${orderId}`, exact: true });
  await expect(order).toContainText(`${PET} × 1`);
  await expect(order).toContainText(state.purchase === "serverless" ? "Placed via Serverless" : "Placed via Monolith");
  return orderId;
}

const states = recommendedStates();

test.describe("hybrid store: the golden journey along the recommended path", () => {
  states.forEach((state, step) => {
    const title = step === 0 ? "all monolith" : `after moving ${CAPABILITY_LABELS[RECOMMENDED_MOVES[step - 1]!.capability].toLowerCase()}`;
    const serverPages = state.pages === "monolith";
    test(`step ${step} (${title})${serverPages ? " @nojs" : ""}`, async ({ page, baseURL, javaScriptEnabled }) => {
      test.slow();
      test.skip(!serverPages && javaScriptEnabled === false, "the browser app needs JavaScript");
      const email = await registerCustomer(baseURL!);
      await setMigration(page, state);
      const since = Date.now() - 1000;

      if (serverPages) {
        await browseSearchAdd(page, state);
        await logInAndBuy(page, email, state);
        // The lens: the facade decided, then the part it chose served search and purchase.
        const facade = (await spansOf(page, "routing-facade", since)).map((s) => s.name);
        expect(facade).toContain(`facade search → ${state.search === "serverless" ? "search-function" : "in-process-search"}`);
        expect(facade).toContain(`facade purchase → ${state.purchase === "serverless" ? "purchase-function" : "in-process-checkout"}`);
        const searchFns = await spansOf(page, "search-function", since);
        const purchaseFns = await spansOf(page, "purchase-function", since);
        expect(searchFns.length > 0).toBe(state.search === "serverless");
        expect(purchaseFns.length > 0).toBe(state.purchase === "serverless");
        return;
      }

      // The pages have moved: the facade hands the server cart over to the browser app.
      await setMigration(page, states[5]!);
      await browseSearchAdd(page, states[5]!);
      await setMigration(page, state);
      await page.goto("/hybrid/cart");
      await expect(page).toHaveURL(/\/serverless\/cart$/);
      await expect(page.getByLabel(`Quantity of ${PET}`)).toHaveValue("1");
      await page.goto(`/serverless/login?next=${encodeURIComponent("/serverless/checkout")}`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page).toHaveURL(/\/serverless\/checkout$/);
      await page.getByRole("button", { name: "Place order" }).click();
      await expect(page).toHaveURL(/\/serverless\/orders\?placed=\d+$/);
      const orderId = new URL(page.url()).searchParams.get("placed")!;
      await expect(page.getByRole("article", { name: `Order #${orderId}`, exact: true })).toContainText("Placed via Serverless");
      expect((await spansOf(page, "purchase-function", since)).length).toBeGreaterThan(0);
    });
  });
});

test.describe("hybrid store: consistency across a move", () => {
  test("an order placed before a move shows after it; logging in again is asked only when auth moves @nojs", async ({ page, baseURL }) => {
    test.slow();
    const email = await registerCustomer(baseURL!);
    await setMigration(page, states[0]!);
    await browseSearchAdd(page, states[0]!);
    const orderId = await logInAndBuy(page, email, states[0]!);

    // Search, images, catalog and purchase move: still signed in, and the monolith's order is read by the data API.
    await setMigration(page, states[4]!);
    await page.goto("/hybrid/orders");
    await expect(page).toHaveURL(/\/hybrid\/orders$/);
    await expect(page.getByRole("article", { name: `Order #${orderId}`, exact: true })).toContainText("Placed via Monolith");

    // Auth moves: the BaaS does not know the monolith's session, so this is the one move that asks to log in again.
    await setMigration(page, states[5]!);
    await page.goto("/hybrid/orders");
    await expect(page).toHaveURL(/\/hybrid\/login\?next=/);
    await expect(page.getByText("Hybrid · auth moved to the BaaS")).toBeVisible();
  });
});

test.describe("hybrid store: what the lens shows", () => {
  // Two states of the recommended path: everything in the monolith, and search, images, catalog and purchase moved.
  for (const step of [0, 4]) {
    const state = states[step]!;
    test(`step ${step}: the Lens panel and /architecture show the component that served search and purchase`, async ({
      page,
      baseURL,
      javaScriptEnabled,
    }) => {
      test.slow();
      test.skip(javaScriptEnabled === false, "the lens needs JavaScript");
      const email = await registerCustomer(baseURL!);
      await setMigration(page, state);

      // /architecture in a tab of its own, before any hybrid traffic from this browser.
      const arch = await page.context().newPage();
      await arch.goto("/architecture");
      const facadeNode = arch.locator('[data-node="monolith:routing-facade"]');
      await expect(facadeNode).toHaveAttribute("data-active", "false");
      await expect(arch.getByTestId("facade-traffic")).toHaveText("No hybrid traffic seen yet: use the hybrid store in another tab.");

      await page.bringToFront();
      await browseSearchAdd(page, state);
      await logInAndBuy(page, email, state);

      // The store's Lens panel, on a hybrid search page: the facade's decision, then the part that did the work.
      await page.goto(`/hybrid/search?q=${PET}`);
      await expect(page.getByTestId("search-served-by")).toBeVisible();
      const lens = page.getByRole("button", { name: "Lens", exact: true });
      await lens.click();
      const action = page
        .getByRole("dialog", { name: "Architecture lens" })
        .getByRole("article", { name: new RegExp(`search\\?q=${PET}`) })
        .first();
      const searchServedBy = state.search === "serverless" ? "search-function" : "in-process-search";
      await expect(
        action.locator('li[data-component="routing-facade"]').filter({ hasText: `facade search → ${searchServedBy}` }),
      ).toBeVisible();
      await expect(action.locator('li[data-component="browser"]').first()).toBeVisible(); // the trace is complete
      if (state.search === "serverless") await expect(action.locator('li[data-component="search-function"]').first()).toBeVisible();
      else await expect(action.locator('li[data-component="search-function"]')).toHaveCount(0);

      // /architecture: the facade node lights up and counts, and lists the decisions for search and purchase.
      await arch.bringToFront();
      const hybridSearch = await page.request.get(`/hybrid/search?q=${PET}`);
      expect(hybridSearch.status()).toBe(200);
      await expect(facadeNode).toHaveAttribute("data-active", "true");
      await expect(arch.getByTestId("facade-traffic")).toContainText(/\d+ recent calls? through the facade/);
      const decisions = arch.getByRole("list", { name: "Routing decisions seen recently" });
      await expect(decisions).toContainText(`search → ${searchServedBy}`);
      const [purchaseServedBy, notPurchase] =
        state.purchase === "serverless" ? ["purchase-function", "in-process-checkout"] : ["in-process-checkout", "purchase-function"];
      await expect(decisions).toContainText(`purchase → ${purchaseServedBy}`);
      await expect(decisions).not.toContainText(`purchase → ${notPurchase}`);
    });
  }
});

/** Serious and critical WCAG 2.1 A/AA violations on the current page (as e2e/accessibility.spec.ts counts them). */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("hybrid store: states off the recommended path (decision 023)", () => {
  // Served: any state whose pages are still server-rendered — here auth moved before purchase (the in-process
  // checkout trusts the BaaS session), and catalog moved alone (the pages read the data API).
  const offPath: MigrationState[] = [
    { ...ALL_MONOLITH, auth: "serverless" },
    { ...ALL_MONOLITH, catalog: "serverless", images: "serverless" },
  ];
  for (const state of offPath) {
    test(`the golden journey at ${encodeMigrationState(state)} @nojs`, async ({ page, baseURL }) => {
      test.slow();
      const email = await registerCustomer(baseURL!);
      await setMigration(page, state);
      const since = Date.now() - 1000;
      await browseSearchAdd(page, state);
      await logInAndBuy(page, email, state);
      const facade = (await spansOf(page, "routing-facade", since)).map((s) => s.name);
      expect(facade).toContain("facade purchase → in-process-checkout");
      expect(facade).toContain(`facade catalog-read → ${state.catalog === "serverless" ? "data-api" : "in-process-query"}`);
    });
  }

  test("the pages moved before the rest are refused: 409 from the API, and the panel says what to move first @nojs", async ({
    page,
    javaScriptEnabled,
  }) => {
    const refused = { ...ALL_MONOLITH, pages: "serverless" as const, search: "serverless" as const };
    const res = await page.request.put("/api/class/migration?scope=browser", { data: refused });
    expect(res.status()).toBe(409);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("conflict");
    expect(body.error.message).toBe(
      "Not built here: the browser app would have to reach back into the monolith for auth, catalog reads, purchase and image pipeline. Move the pages last: move auth, catalog reads, purchase and image pipeline first.",
    );
    // Nothing moved: this browser still follows the class.
    expect(await (await page.request.get("/api/class/migration")).json()).toMatchObject({ source: "class" });

    // The panel's form (plain HTML): choose Pages = Serverless alone and apply.
    await page.goto("/hybrid/migration");
    await page.getByRole("group", { name: "Pages and cart" }).getByLabel("Serverless").check();
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(page).toHaveURL(/\/hybrid\/migration\?migrationRefused=msmmmm$/);
    const alert = page.getByTestId("migration-refused");
    await expect(alert).toContainText("That state is not built here");
    await expect(alert).toContainText("move auth, catalog reads, search, purchase, and image pipeline first");
    await expect(alert.getByRole("listitem")).toHaveCount(5);
    await expect(page.getByRole("region", { name: "Routing facade" })).toContainText("Pages and cart: monolith");
    if (javaScriptEnabled !== false) expect(await axeViolations(page)).toEqual([]);
  });
});

test("the panel explains a refused state in Chinese", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", extraHTTPHeaders: { "accept-language": "zh-CN" } });
  const page = await context.newPage();
  await page.goto("/hybrid/migration?migrationRefused=msmmmm");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const alert = page.getByTestId("migration-refused");
  await expect(alert).toContainText("此处未实现该状态");
  await expect(alert).toContainText("先迁移认证、目录读取、搜索、下单和图片处理流水线");
  await expect(alert).not.toContainText("Move the pages last");
  await context.close();
});

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 120, g: 160, b: 200 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

test.describe("hybrid store: the admin's photo goes where the images switch says", () => {
  // Step 1 (search moved, images still in the monolith), step 2 (images moved, pages still server-rendered) and
  // step 5 (auth moved too: the admin is known by the BaaS session).
  for (const step of [1, 2, 5]) {
    const state = states[step]!;
    const pipeline = state.images === "serverless";
    test(`step ${step}: Add pet runs on the ${pipeline ? "serverless pipeline" : "monolith's consumer"} @nojs`, async ({
      page,
      request,
      javaScriptEnabled,
    }) => {
      test.setTimeout(90_000);
      await setMigration(page, state);
      const since = Date.now() - 1000;
      await page.goto("/hybrid/admin");
      await expect(page).toHaveURL(/\/hybrid\/login\?next=/);
      await page.getByLabel("Email").fill(ADMIN.email);
      await page.getByLabel("Password").fill(ADMIN.password);
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page).toHaveURL(/\/hybrid\/admin$/);
      await expect(page.getByRole("heading", { name: "Add pet", level: 1 })).toBeVisible();
      if (javaScriptEnabled !== false) expect(await axeViolations(page)).toEqual([]);

      const name = `Hybrid ${pipeline ? "Pipe" : "Job"} ${Date.now().toString(36)}`;
      await page.getByLabel("Name").fill(name);
      await page.getByLabel("Category").selectOption({ index: 0 });
      await page.getByLabel("Price").fill("12.50");
      await page.getByLabel("Stock").fill("2");
      await page.getByLabel("Image").setInputFiles({ name: "hybrid.jpg", mimeType: "image/jpeg", buffer: await photo() });
      await page.getByRole("button", { name: "Add pet" }).click();
      await expect(page).toHaveURL(/\/hybrid\/admin\?image=[0-9a-f-]{36}$/);
      const imageId = new URL(page.url()).searchParams.get("image")!;
      await expect(page.getByTestId("image-processed-by")).toContainText(
        pipeline ? /the serverless pipeline's durable steps \(run \S+\)/ : "the monolith's in-process consumer (a job row)",
      );

      // The page refreshes itself (meta refresh, JavaScript or not) until the photo is done; once it says so, it stops.
      await expect(page.getByTestId("upload-status").first()).toHaveText("done", { timeout: 45_000 });
      // The part that ran it, from the upload's own record: the consumer writes via "monolith", a durable run "serverless".
      const status = (await (await request.get(`/api/images/${imageId}`)).json()) as { via: string; petId: number | null };
      expect(status.via).toBe(pipeline ? "serverless" : "monolith");
      expect(status.petId).not.toBeNull();

      // The lens: the facade's decision for the upload names the part it chose.
      const facade = (await spansOf(page, "routing-facade", since)).map((s) => s.name);
      expect(facade).toContain(`facade image-upload → ${pipeline ? "pipeline-steps" : "image-consumer"}`);
      expect(facade).not.toContain(`facade image-upload → ${pipeline ? "image-consumer" : "pipeline-steps"}`);

      // The new pet is in the hybrid store, on the same database.
      await page.goto(`/hybrid/pets/${status.petId}`);
      await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    });
  }

  test("a customer gets no admin form @nojs", async ({ page, baseURL }) => {
    const email = await registerCustomer(baseURL!);
    await setMigration(page, states[2]!);
    await page.goto("/hybrid/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.goto("/hybrid/admin");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Admins only: your account cannot add pets.");
    await expect(page.getByRole("button", { name: "Add pet" })).toHaveCount(0);
  });
});
