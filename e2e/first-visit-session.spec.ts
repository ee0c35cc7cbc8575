// A first visit to the monolith reads no session (proxy.ts marks the request whose session id it just made, and
// the page skips the lookups). Only the proxy may say so: a client sending the marker itself is still looked up.
import { test, expect, logIn } from "./fixtures";

test("a client-sent first-visit marker does not make a signed-in visitor look signed out", async ({ page, mode }) => {
  test.skip(mode !== "monolith", "the monolith's server session");
  await logIn(page, mode);
  await page.setExtraHTTPHeaders({ "x-pst-fresh-session": "1" });
  await page.goto("/monolith");
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
});

test("a first visit gets a page with a working cart count and a session cookie", async ({ browser, mode }) => {
  test.skip(mode !== "monolith", "the monolith's server session");
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto("/monolith/pets/5");
  expect(response?.status()).toBe(200);
  expect((await context.cookies()).map((c) => c.name)).toContain("pst_sid");
  await expect(page.getByRole("button", { name: /add to cart/i })).toBeVisible();
  await context.close();
});
