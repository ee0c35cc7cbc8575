// Shopping end to end. The golden journey (search → pet → cart → checkout → order history) and the log-in at
// checkout are one spec run against each store (projects monolith, monolith-nojs for the @nojs ones, and
// serverless); the monolith's form-level checks (bad quantities, concurrent and double checkouts over HTTP)
// follow in their own block. Pets: the journey buys Biscuit (stock 50), the log-in and bad-quantity tests use
// Mochi (stock 40, nothing is bought) and only the concurrency test touches Pepper (stock 2), which it sells out.
import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { test, expect, logIn, storePaths, uniqueEmail, DEMO, type Mode } from "./fixtures";

const PASSWORD = "shopping-password-1";

/** Finds a seeded pet's page through the search page (ids are not part of the contract). */
async function petPath(page: Page, at: (path: string) => string, name: string): Promise<string> {
  await page.goto(at(`/search?q=${encodeURIComponent(name)}`));
  const link = page.getByRole("link", { name: new RegExp(`\\b${name}\\b`) }).first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/\/pets\/\d+$/);
  return href!;
}

// ARCH: accounts are created in the monolith in both cases: the serverless store has no sign-up of its own (the
// two stores share one user table, and its register page sends you to this form).
async function registerInBrowser(page: Page, email: string) {
  await page.goto(storePaths("monolith").register);
  await page.getByLabel("Name").fill("Shopping Tester");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
}

// ---- HTTP-level shoppers (own cookie jar each), for the concurrency and double-submit tests ----

function hiddenField(html: string, name: string, formAction?: string): string {
  const scope = formAction ? (html.split(`action="${formAction}"`)[1] ?? "") : html;
  const value = new RegExp(`name="${name}" value="([^"]+)"`).exec(scope)?.[1];
  if (!value) throw new Error(`no hidden field ${name}${formAction ? ` in the form posting to ${formAction}` : ""}`);
  return value;
}

async function getHtml(api: APIRequestContext, path: string): Promise<string> {
  const res = await api.get(path);
  expect(res.status(), `GET ${path}`).toBe(200);
  return res.text();
}

/** POSTs a form without following the redirect; returns the path + query it redirects to. */
async function postForm(api: APIRequestContext, path: string, form: Record<string, string>): Promise<string> {
  const res = await api.post(path, { form, maxRedirects: 0 });
  expect(res.status(), `POST ${path}`).toBe(303);
  const url = new URL(res.headers()["location"] ?? "", "http://placeholder");
  return `${url.pathname}${url.search}`;
}

/** A new customer with a cookie jar of their own, registered through the monolith's HTML form endpoint. */
async function newShopper(baseURL: string, email = uniqueEmail("buyer")): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const registerPage = await getHtml(api, "/monolith/register");
  const to = await postForm(api, "/api/monolith/register", {
    csrfToken: hiddenField(registerPage, "csrfToken"),
    name: "Concurrent Shopper",
    email,
    password: PASSWORD,
  });
  expect(to).not.toContain("error=");
  return api;
}

async function addToCartOverHttp(api: APIRequestContext, petPagePath: string, quantity = 1): Promise<void> {
  const html = await getHtml(api, petPagePath); // after registration the session (and its CSRF token) is new
  const petId = petPagePath.split("/").pop()!;
  const to = await postForm(api, "/api/monolith/cart/add", {
    csrfToken: hiddenField(html, "csrfToken", "/api/monolith/cart/add"),
    petId,
    quantity: String(quantity),
    returnTo: petPagePath,
  });
  expect(to).toContain("notice=Added");
}

async function openCheckout(api: APIRequestContext): Promise<{ csrfToken: string; idempotencyKey: string }> {
  const html = await getHtml(api, "/monolith/checkout");
  return { csrfToken: hiddenField(html, "csrfToken", "/api/monolith/checkout"), idempotencyKey: hiddenField(html, "idempotencyKey") };
}

test("search → pet → add to cart → cart → checkout → Place order → order history @nojs", async ({ page, at, mode }) => {
  test.slow(); // many full page loads on a small machine
  const email = uniqueEmail("journey");
  await registerInBrowser(page, email);
  if (mode === "serverless") await logIn(page, mode, { email, password: PASSWORD });

  const biscuit = await petPath(page, at, "Biscuit");
  await page.goto(biscuit);
  await expect(page.getByRole("heading", { name: "Biscuit", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Quantity")).toHaveValue("1");
  await page.getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 2 × Biscuit to your cart." })).toBeVisible();
  // ARCH: the monolith's form post answers with a redirect that carries the notice; the SPA writes localStorage.
  if (mode === "monolith") await expect(page).toHaveURL(new RegExp(`${biscuit}\\?notice=`));

  await page.goto(at("/cart"));
  const items = page.getByRole("list", { name: "Cart items" });
  await expect(items.getByRole("link", { name: "Biscuit" })).toBeVisible();
  await expect(page.getByLabel("Quantity of Biscuit")).toHaveValue("2");
  await expect(page.getByTestId("cart-total")).toHaveText("$1,900.00");

  // Change the quantity with the cart's own form.
  await page.getByLabel("Quantity of Biscuit").fill("1");
  await page.getByRole("button", { name: "Update quantity of Biscuit" }).click();
  await expect(page.getByRole("status")).toHaveText("Updated Biscuit: quantity 1.");
  await expect(page.getByTestId("cart-total")).toHaveText("$950.00");

  await page.getByRole("link", { name: "Checkout" }).click();
  await expect(page).toHaveURL(new RegExp(`${storePaths(mode).checkout}$`));
  await expect(page.getByText("1 × $950.00")).toBeVisible();
  let purchaseCalls = 0;
  page.on("request", (r) => {
    if (r.url().includes("/api/functions/purchase")) purchaseCalls += 1;
  });
  // A double click places one order: the idempotency key of the checkout makes the second press the same order.
  await page.getByRole("button", { name: "Place order" }).dblclick();

  await expect(page).toHaveURL(new RegExp(`${storePaths(mode).orders}\\?placed=\\d+$`));
  const orderId = new URL(page.url()).searchParams.get("placed");
  await expect(page.getByRole("status").filter({ hasText: `Order #${orderId} placed` })).toBeVisible();
  const order = page.getByRole("article", { name: `Order #${orderId}`, exact: true });
  await expect(order).toContainText("Biscuit × 1 @ $950.00");
  await expect(order).toContainText(`Placed via ${mode === "monolith" ? "Monolith" : "Serverless"}`);
  await expect(order).toContainText("$950.00");
  await expect(page.getByRole("article", { name: /^Order #\d+$/ })).toHaveCount(1);
  // ARCH: in the serverless store the button disables while the purchase function answers: one call, not two.
  if (mode === "serverless") expect(purchaseCalls).toBe(1);

  // The cart is empty again.
  await page.goto(at("/cart"));
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
});

test("an anonymous cart survives logging in at checkout @nojs", async ({ page, at, mode, baseURL }) => {
  const email = uniqueEmail("merge");
  await (await newShopper(baseURL!, email)).dispose();
  const mochi = await petPath(page, at, "Mochi");
  await page.goto(mochi);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added Mochi to your cart." })).toBeVisible();

  const paths = storePaths(mode);
  await page.goto(paths.checkout);
  await expect(page).toHaveURL(new RegExp(`${paths.login}\\?next=${encodeURIComponent(paths.checkout)}$`));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.checkout}$`));
  await expect(page.getByText("1 × $1,350.00")).toBeVisible();
  await expect(page.getByRole("button", { name: "Place order" })).toBeVisible();

  await page.goto(paths.cart);
  await page.getByRole("button", { name: "Remove Mochi from cart" }).click();
  await expect(page.getByRole("status")).toHaveText("Removed Mochi from your cart.");
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
});

test.describe("monolith shopping", () => {
  test.skip(({ mode }: { mode: Mode }) => mode !== "monolith", "the monolith's server-side cart and HTML forms");

  test("checkout and order history ask for a login and come back @nojs", async ({ page, at, mode }) => {
    await page.goto(at("/orders"));
    await expect(page).toHaveURL(/\/monolith\/login\?next=%2Fmonolith%2Forders$/);
    await page.goto(at("/checkout"));
    await expect(page).toHaveURL(/\/monolith\/login\?next=%2Fmonolith%2Fcheckout$/);
    // The demo account is shared by parallel tests: only read with it.
    await logIn(page, mode, DEMO);
    await page.goto(at("/orders"));
    await expect(page.getByRole("heading", { name: "Your orders", level: 1 })).toBeVisible();
    // ?placed= of an order that is not yours announces nothing.
    await page.goto(at("/orders?placed=999999"));
    await expect(page.getByText("Order #999999 placed")).toHaveCount(0);
  });

  test("bad quantities are refused with a message and leave the cart unchanged @nojs", async ({ page, at }) => {
    test.slow();
    const mochi = await petPath(page, at, "Mochi");
    await page.goto(mochi);
    const max = Number(await page.getByLabel("Quantity").getAttribute("max"));
    expect(max).toBeGreaterThan(1);
    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added Mochi to your cart." })).toBeVisible();

    const cases: [string, string | RegExp][] = [
      ["0", "Quantity must be at least 1."],
      ["-1", "Quantity must be at least 1."],
      ["1.5", "Quantity must be a whole number."],
      [String(max), /You already have 1 of Mochi in your cart, so you can add at most \d+ more\. Only \d+ of Mochi left in stock/],
    ];
    for (const [quantity, message] of cases) {
      await page.getByLabel("Quantity").fill(quantity);
      await page.getByRole("button", { name: "Add to cart" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
    }

    await page.goto(at("/cart"));
    await expect(page.getByLabel("Quantity of Mochi")).toHaveValue("1");
    // The cart's update form refuses them too.
    for (const [quantity, message] of [
      ["0", "Quantity must be at least 1."],
      ["2.5", "Quantity must be a whole number."],
    ] as const) {
      await page.getByLabel("Quantity of Mochi").fill(quantity);
      await page.getByRole("button", { name: "Update quantity of Mochi" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
      await expect(page.getByLabel("Quantity of Mochi")).toHaveValue("1");
    }
  });

  test("concurrent checkouts of a low-stock pet: exactly `stock` orders, the rest told it sold out", async ({ page, at, baseURL }) => {
    test.slow();
    const pepper = await petPath(page, at, "Pepper");
    await page.goto(pepper);
    const stock = Number(await page.getByLabel("Quantity").getAttribute("max"));
    expect(stock).toBeGreaterThan(0);
    expect(stock).toBeLessThan(10);

    const shoppers = await Promise.all(Array.from({ length: stock + 2 }, () => newShopper(baseURL!)));
    try {
      for (const api of shoppers) await addToCartOverHttp(api, pepper);
      const forms = await Promise.all(shoppers.map(openCheckout));
      // Everyone presses "Place order" at the same moment.
      const outcomes = await Promise.all(shoppers.map((api, i) => postForm(api, "/api/monolith/checkout", forms[i]!)));

      const placed = outcomes.filter((to) => /^\/monolith\/orders\?placed=\d+$/.test(to));
      const refused = outcomes.filter((to) => to.startsWith("/monolith/checkout?error="));
      expect(placed).toHaveLength(stock);
      expect(refused).toHaveLength(2);
      expect(new Set(placed).size).toBe(stock);
      for (const to of refused) {
        expect(new URL(to, "http://x").searchParams.get("error")).toMatch(/Pepper.*sold out|sold out.*Pepper|Only 0 of Pepper/);
        const html = await getHtml(shoppers[outcomes.indexOf(to)]!, to);
        expect(html).toMatch(/role="alert"[^>]*>[^<]*Pepper/);
      }
    } finally {
      await Promise.all(shoppers.map((api) => api.dispose()));
    }

    await page.goto(pepper);
    await expect(page.getByRole("button", { name: "Add to cart" })).toBeDisabled();
  });

  test("a double submit of the checkout form makes one order", async ({ page, at, baseURL }) => {
    const biscuit = await petPath(page, at, "Biscuit");
    const api = await newShopper(baseURL!);
    try {
      await addToCartOverHttp(api, biscuit, 1);
      const form = await openCheckout(api);
      // Twice at once, then once more after the first ones finished (a reload-and-resubmit).
      const [a, b] = await Promise.all([postForm(api, "/api/monolith/checkout", form), postForm(api, "/api/monolith/checkout", form)]);
      const c = await postForm(api, "/api/monolith/checkout", form);
      expect(a).toMatch(/^\/monolith\/orders\?placed=\d+$/);
      expect(b).toBe(a);
      expect(c).toBe(a);
      const history = await getHtml(api, "/monolith/orders");
      expect(history.match(/>Order #<!-- -->\d+<|>Order #\d+</g) ?? []).toHaveLength(1);
    } finally {
      await api.dispose();
    }
  });
});
