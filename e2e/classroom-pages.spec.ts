// The lesson pages as plain documents: with JavaScript off a step reads as text with working Previous/Next
// links and a progress bar; the live parts (the "Try it" journey) appear only with JavaScript. The lessons are one
// set of pages for both stores, so they run in the monolith projects only (once with JavaScript, once without).
import { expect, test } from "./fixtures";

test.describe("lesson pages", () => {
  test.skip(({ mode }) => mode !== "monolith", "plain pages, one run per JavaScript setting");

  test("a lesson step reads as plain text with Previous/Next links @nojs", async ({ page, javaScriptEnabled }) => {
    await page.goto("/class");
    await expect(page.getByRole("heading", { name: "Lessons" })).toBeVisible();
    await expect(page.locator("[data-lesson]")).toHaveCount(8);
    await page.getByRole("link", { name: "Search as a function" }).click();

    await expect(page).toHaveURL(/\/class\/search-as-a-function\/1$/);
    await expect(page.getByRole("heading", { level: 1, name: "The first call after a reset" })).toBeVisible();
    await expect(page.getByText("Step 1 of 4")).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Lesson progress" })).toHaveAttribute("aria-valuenow", "1");
    await expect(page.getByRole("link", { name: "Previous" })).toHaveCount(0);

    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/class\/search-as-a-function\/2$/);
    await expect(page.getByRole("heading", { level: 1, name: "Warm calls reuse the instance" })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Lesson progress" })).toHaveAttribute("aria-valuenow", "2");
    // "Look here" opens the exact panel it names (the runtime panel, not the top of /architecture).
    await expect(page.getByRole("link", { name: "Function runtime panel" })).toHaveAttribute("href", "/architecture#runtime-heading");
    await expect(page.getByText("Idle timeout: 120 s.")).toBeVisible();
    // The journey needs JavaScript: no dead button without it.
    await expect(page.getByRole("button", { name: /^Run: / })).toHaveCount(javaScriptEnabled ? 1 : 0);

    await page.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(/\/class\/search-as-a-function\/1$/);
    // The prediction's answer is one click away, without JavaScript too (<details>).
    await page.getByText("Show the answer").click();
    await expect(page.getByText("No instance exists, so the platform starts one")).toBeVisible();

    expect((await page.goto("/class/search-as-a-function/9"))?.status()).toBe(404);
  });

  test("the architecture page names every part on the chosen cloud", async ({ page }) => {
    await page.goto("/architecture");
    const map = page.getByTestId("provider-map");
    await expect(map).toContainText("Function Compute");
    await expect(map).toContainText("Tablestore");
    // The radios are visually hidden inside their pill labels: click the pill, as a person does.
    await page.locator("label", { hasText: /^AWS$/ }).click();
    await expect(page.getByRole("radio", { name: "AWS" })).toBeChecked();
    await expect(map).toHaveAttribute("data-provider", "aws");
    await expect(map).toContainText("Step Functions");
    await expect(map).toContainText("DynamoDB");
    await page.locator("label", { hasText: "Vercel + Turso" }).click();
    await expect(map).toContainText("Turso (libSQL)");
    await expect(map).toContainText("Vercel Workflow");
  });
});
