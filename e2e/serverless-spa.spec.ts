// Serverless-only checks: what makes the serverless store a single-page app on a data API (the shared
// journeys in the other spec files run against both stores).
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, logIn, DEMO } from "./fixtures";

test.skip(({ mode }) => mode !== "serverless", "serverless only");

/** A seeded pet, found through the public search function so the test does not depend on ids. */
async function findPet(request: APIRequestContext, name: string): Promise<{ id: number; name: string; category: string }> {
  const res = await request.get(`/api/functions/search?q=${encodeURIComponent(name)}&limit=5`);
  expect(res.ok()).toBeTruthy();
  const body = (await res.json()) as { hits: { id: number; name: string; category: string }[] };
  const hit = body.hits.find((h) => h.name === name);
  if (!hit) throw new Error(`seeded pet ${name} not found`);
  return hit;
}

async function petHeading(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("the HTML of a pet page and a category page carries no catalog data; the browser fetches it", async ({ page, request, at }) => {
  const pet = await findPet(request, "Biscuit");
  for (const path of [`/pets/${pet.id}`, "/category/dogs"]) {
    const res = await request.get(at(path));
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).not.toContain("Biscuit");
    expect(html).not.toContain("Golden Retriever");
  }
  await page.goto(at(`/pets/${pet.id}`));
  await petHeading(page, "Biscuit");
});

test("catalog data arrives through the data API with a bearer token", async ({ page, at }) => {
  const [response] = await Promise.all([page.waitForResponse(/\/api\/baas\/categories\/dogs\/pets/), page.goto(at("/category/dogs"))]);
  expect(response.ok()).toBeTruthy();
  expect(response.request().headers()["authorization"]).toMatch(/^Bearer .+/);
  await expect(page.getByRole("heading", { level: 1, name: "Dogs" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Biscuit/ })).toBeVisible();
});

test("links navigate inside the app and back/forward work between category and pet", async ({ page, at }) => {
  await page.goto(at("/category/dogs"));
  await expect(page.getByRole("link", { name: /Biscuit/ })).toBeVisible();
  // A full page load would wipe this marker; client-side navigation keeps it.
  await page.evaluate(() => ((window as unknown as { __spa: number }).__spa = 1));

  await page.getByRole("link", { name: /Biscuit/ }).click();
  await expect(page).toHaveURL(/\/serverless\/pets\/\d+$/);
  await petHeading(page, "Biscuit");

  await page.goBack();
  await expect(page).toHaveURL(/\/serverless\/category\/dogs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dogs" })).toBeVisible();

  await page.goForward();
  await petHeading(page, "Biscuit");
  expect(await page.evaluate(() => (window as unknown as { __spa?: number }).__spa)).toBe(1);
});

test("an expired token is replaced without the visitor noticing", async ({ page, at }) => {
  // The page was left open past the token's five minutes: the token its shell carried is dead (a new one is
  // written over it here), so the data API answers 401 to the reads it started.
  await page.route(`**${at("/category/dogs")}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /"token":\{"token":"[^"]+","expiresAt":"[^"]+"/,
      `"token":{"token":"expired.token.value","expiresAt":"${new Date(Date.now() - 60_000).toISOString()}"`,
    );
    expect(html).toContain("expired.token.value");
    await route.fulfill({ response, body: html });
  });
  let tokenCalls = 0;
  page.on("request", (r) => {
    if (r.url().includes("/api/baas/token")) tokenCalls += 1;
  });
  const unauthorized = page.waitForResponse((r) => r.url().includes("/api/baas/") && r.status() === 401);
  await page.goto(at("/category/dogs"));
  await unauthorized;
  await expect(page.getByRole("link", { name: /Biscuit/ })).toBeVisible();
  // (Scoped to the store: Next.js keeps an empty role="alert" route announcer outside it.)
  await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
  expect(tokenCalls).toBeGreaterThanOrEqual(1);
});

test("a first load's catalog reads start from the shell, with its token: no token request, no second read", async ({ page, at, mode }) => {
  const requests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/")) requests.push(new URL(r.url()).pathname);
  });
  const read = page.waitForRequest(/\/api\/baas\/categories\/dogs\/pets/);
  await page.goto(at("/category/dogs"));
  // Sent by the page's first (inline) script: before the app's JavaScript has run, the read is on its way.
  expect((await read).headers()["authorization"]).toMatch(/^Bearer .+/);
  await expect(page.getByRole("link", { name: /Biscuit/ })).toBeVisible();
  expect(requests.filter((p) => p === "/api/baas/categories/dogs/pets")).toHaveLength(1);
  expect(requests).not.toContain("/api/baas/token");

  // Signed-in reads still ask the token service for a user's token (the shell's is anonymous: catalog only).
  await logIn(page, mode, DEMO);
  const ordersToken = page.waitForRequest(/\/api\/baas\/token/);
  const orders = page.waitForResponse(/\/api\/baas\/orders/);
  await page.goto(at("/orders"));
  await ordersToken;
  expect((await orders).status()).toBe(200);
});

test("a 401 from the data API triggers one token refresh and a retry", async ({ page, request, at }) => {
  const pet = await findPet(request, "Biscuit");
  let rejected = false;
  let tokenCalls = 0;
  page.on("request", (r) => {
    if (r.url().includes("/api/baas/token")) tokenCalls += 1;
  });
  await page.route(`**/api/baas/pets/${pet.id}`, async (route) => {
    if (!rejected) {
      rejected = true;
      await route.fulfill({ status: 401, json: { error: { code: "unauthorized", message: "Token expired." } } });
    } else {
      await route.continue();
    }
  });
  await page.goto(at(`/pets/${pet.id}`));
  await petHeading(page, "Biscuit");
  expect(rejected).toBe(true);
  // The first read used the shell's token; the 401 fetched a new one.
  expect(tokenCalls).toBeGreaterThanOrEqual(1);
});

test("the cart lives in localStorage and survives a reload", async ({ page, request, at }) => {
  const pet = await findPet(request, "Biscuit");
  await page.goto(at(`/pets/${pet.id}`));
  await petHeading(page, "Biscuit");
  await page.getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 2 × Biscuit to your cart." })).toBeVisible();

  await page.goto(at("/cart"));
  await expect(page.getByRole("link", { name: "Biscuit" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "Biscuit" })).toBeVisible();
  await expect(page.getByLabel("Quantity of Biscuit")).toHaveValue("2");
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).some((k) => k.includes("cart") && localStorage.getItem(k)?.includes(`"quantity":2`)),
  );
  expect(stored).toBe(true);
});

test("unknown pets, categories and routes show the not-found view", async ({ page, at }) => {
  for (const path of ["/pets/999999999", "/category/no-such-category", "/no/such/page"]) {
    await page.goto(at(path));
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  }
});

test("the header search runs the search function and stays in the app", async ({ page, at }) => {
  await page.goto(at(""));
  await page.evaluate(() => ((window as unknown as { __spa: number }).__spa = 1));
  const searched = page.waitForResponse(/\/api\/functions\/search\?/);
  await page.getByLabel("Search").fill("retriever");
  await page.getByLabel("Search").press("Enter");
  await searched;
  await expect(page).toHaveURL(/\/serverless\/search\?q=retriever/);
  await expect(page.getByRole("heading", { name: "Results for “retriever”" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Biscuit/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __spa?: number }).__spa)).toBe(1);
});

test("a wrong password gets one generic message from the auth service", async ({ page, at }) => {
  await page.goto(at("/login"));
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("That email and password don't match an account.");
  await expect(page.locator("main").getByRole("alert")).toHaveCount(1);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
});

/** Whose a data-API request's token is: its scopes, and its subject (none: anonymous). It is a JWT. */
function tokenClaims(authorization: string | undefined): { scope?: string; sub?: string } {
  const payload = (authorization ?? "").replace(/^Bearer /, "").split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { scope?: string; sub?: string };
}

test("logging in swaps the anonymous token for a user token; logging out swaps it back", async ({ page, at, mode }) => {
  const scopes: string[][] = [];
  page.on("response", async (r) => {
    if (!r.url().endsWith("/api/baas/token") || !r.ok()) return;
    // The body is gone if the page navigated meanwhile (page.goto below); such a token was never used.
    const body = (await r.json().catch(() => null)) as { scopes: string[] } | null;
    if (body) scopes.push(body.scopes);
  });
  await logIn(page, mode, DEMO);
  await page.goto(at("/orders"));
  await expect(page.getByRole("heading", { name: "Your orders" })).toBeVisible();
  await expect.poll(() => scopes.some((s) => s.includes("orders:read"))).toBe(true);

  // Logging out drops the user's token: the app's next catalog read (in the app, no page load) fetches an
  // anonymous one.
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  const featured = page.waitForRequest(/\/api\/baas\/pets\?featured=1/);
  await page.getByRole("banner").getByRole("link", { name: "Pet Store Twin", exact: true }).click();
  const inApp = tokenClaims((await featured).headers()["authorization"]);
  expect(inApp.scope).toBe("catalog:read");
  expect(inApp.sub).toBeUndefined();
  await expect.poll(() => scopes.at(-1)).toEqual(["catalog:read"]);

  // A page load reads the catalog with the token its shell carried, anonymous as well (no token request needed).
  const dogs = page.waitForRequest(/\/api\/baas\/categories\/dogs\/pets/);
  await page.goto(at("/category/dogs"));
  const shell = tokenClaims((await dogs).headers()["authorization"]);
  expect(shell.scope).toBe("catalog:read");
  expect(shell.sub).toBeUndefined();
  await expect(page.getByRole("heading", { level: 1, name: "Dogs" })).toBeVisible();
});
