// Browsing and search journeys — the same spec runs against both architectures.
import { test, expect } from "./fixtures";

test("home shows categories and featured pets @nojs", async ({ page, at }) => {
  await page.goto(at(""));
  await expect(page.getByRole("heading", { name: "Shop by category" })).toBeVisible();
  for (const name of ["Dogs", "Cats", "Fish", "Birds", "Reptiles", "Small pets"]) {
    await expect(page.getByRole("link", { name: new RegExp(`^${name}`) }).first()).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Featured pets" })).toBeVisible();
  await expect(page.locator("main img").first()).toBeVisible();
});

test("browse a category with pagination, open a pet @nojs", async ({ page, at, mode }) => {
  await page.goto(at("/category/dogs"));
  await expect(page.getByRole("heading", { name: "Dogs", level: 1 })).toBeVisible();
  const firstPageNames = await page.locator("main li h3").allTextContents();
  expect(firstPageNames.length).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  const secondPageNames = await page.locator("main li h3").allTextContents();
  expect(secondPageNames.length).toBeGreaterThan(0);
  expect(secondPageNames).not.toEqual(firstPageNames);
  await page.locator("main li a").first().click();
  await expect(page).toHaveURL(new RegExp(`/${mode}/pets/\\d+$`));
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Photo of / }).first()).toBeVisible();
});

// Three tests, not one: three full loads of the serverless app in one test came within reach of its time limit
// (0.8 of it) on a busy machine.
test("search ranks the best match first @nojs", async ({ page, at }) => {
  await page.goto(at(""));
  await page.getByLabel("Search").fill("Biscuit");
  await page.getByLabel("Search").press("Enter");
  await expect(page).toHaveURL(/search\?q=Biscuit/);
  await expect(page.getByRole("heading", { name: /Results for “Biscuit”/ })).toBeVisible();
  await expect(page.locator("main li h3").first()).toHaveText("Biscuit");
});

test("search filters by category @nojs", async ({ page, at }) => {
  await page.goto(at("/search?q=retriever&category=cats"));
  await expect(page.getByText(/0 pets found|No pets match/).first()).toBeVisible();
});

test("search filters by price @nojs", async ({ page, at }) => {
  await page.goto(at("/search?q=&category=fish&maxPrice=50"));
  // The serverless store renders results in the browser: wait for them before reading prices.
  await expect(page.getByText(/[1-9]\d* pets? found/)).toBeVisible();
  const prices = await page.locator("main li .text-brand-700").allTextContents();
  expect(prices.length).toBeGreaterThan(0);
  for (const p of prices) expect(Number(p.replace(/[$,]/g, ""))).toBeLessThanOrEqual(50);
});

// One test per query: five full loads of the serverless app in one test came within reach of its time limit on a
// busy machine.
for (const [label, q] of [
  ["an empty", ""],
  ["a 1,000-character", "x".repeat(1000)],
  ["an odd (quotes, NUL, emoji)", "%27%22%3C%3E%3B--%00%F0%9F%90%B6"],
  ["an unbalanced", "((("],
  ["a wildcard", "*"],
] as const) {
  test(`search with ${label} query still shows a page @nojs`, async ({ page, at }) => {
    const response = await page.goto(at(`/search?q=${q}`));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/pets? found/)).toBeVisible();
  });
}

test("unknown pet or category shows a not-found page @nojs", async ({ page, at, mode }) => {
  for (const path of ["/pets/999999", "/pets/abc", "/category/unicorns", "/category/..%2F..%2Fetc"]) {
    const response = await page.goto(at(path));
    expect(response).not.toBeNull();
    // ARCH: the monolith answers 404; the SPA's shell is the same for every path (200) and shows the view.
    expect(response!.status()).toBe(mode === "monolith" ? 404 : 200);
    await expect(page.getByRole("heading", { name: /couldn’t find that page/ })).toBeVisible();
  }
});

test("the Architecture switch leads to the same page in the other store", async ({ page, at, mode }) => {
  await page.goto(at("/search?q=collie"));
  const other = mode === "monolith" ? "Serverless" : "Monolith";
  const switcher = page.getByRole("group", { name: "Architecture" });
  await expect(switcher.getByRole("link", { name: mode === "monolith" ? "Monolith" : "Serverless" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const link = switcher.getByRole("link", { name: other });
  await expect(link).toHaveAttribute("href", new RegExp(`^/${other.toLowerCase()}/search\\?q=collie`));
});
