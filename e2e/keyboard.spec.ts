// The golden journey with the keyboard only: Tab to move, Enter to follow a link or submit, Space to press a
// button, and typing into the focused field. No clicks, no fill(): if a control cannot be reached or used
// this way, the journey fails. It runs in both stores, and in the monolith also with JavaScript off.
import type { Locator, Page } from "@playwright/test";
import { test, expect, uniqueEmail } from "./fixtures";

const PASSWORD = "keyboard-password-1";

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${max} presses of Tab never reached ${target}`);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

test("register, log in, browse, add to cart and place an order with the keyboard only @nojs", async ({ page, at, mode }) => {
  test.slow();
  // A fresh account: the demo account is shared by parallel tests, and this journey fills its cart. Accounts
  // are created in the monolith (the serverless store has no sign-up of its own); registering logs in there.
  const email = uniqueEmail("keyboard");
  await page.goto("/monolith/register");
  await typeInto(page, page.getByLabel("Name"), "Keyboard Shopper");
  await typeInto(page, page.getByLabel("Email"), email);
  await typeInto(page, page.getByLabel("Password"), PASSWORD);
  await page.keyboard.press("Enter");
  const logOut = page.getByRole("button", { name: "Log out" });
  await expect(logOut).toBeVisible();
  if (mode === "monolith") {
    await tabTo(page, logOut);
    await page.keyboard.press("Space");
    await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  }

  await page.goto(at(""));
  const logInLink = page.getByRole("link", { name: "Log in" });
  await tabTo(page, logInLink);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/${mode}/login`));
  await typeInto(page, page.getByLabel("Email"), email);
  await typeInto(page, page.getByLabel("Password"), PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();

  // Browse: home → a category → a pet.
  await page.goto(at(""));
  // The skip link is the first stop and lands in the page's main content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("main").getByRole("link", { name: /^Dogs/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Dogs" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: /Biscuit/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Biscuit" })).toBeVisible();

  const addToCart = page.getByRole("button", { name: "Add to cart" });
  await tabTo(page, addToCart);
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: /Added .*Biscuit/ })).toBeVisible();

  // Cart → checkout → place the order.
  await tabTo(page, page.getByRole("navigation", { name: "Store" }).getByRole("link", { name: /^Cart/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Biscuit" })).toBeVisible();
  await tabTo(page, page.getByRole("main").getByRole("link", { name: "Checkout" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Place order" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/${mode}/orders\\?placed=\\d+`));
  await expect(page.getByText(/Order #\d+ placed/)).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Biscuit × 1");
});

test("the skip link moves keyboard focus past the header into the page @nojs", async ({ page, at }) => {
  await page.goto(at("/category/dogs"));
  // The SPA renders the page after its data arrives: wait for it, or the next Tab has nothing in <main> to reach.
  await expect(page.getByRole("main").getByRole("link").first()).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  // The next Tab stop is inside <main> (the breadcrumb), not the header's search box.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
});
