// The image pipeline end to end, one spec for both stores: an admin adds a pet with a photo, watches the steps
// finish and finds the pet through search with a real WebP thumbnail; a text file posing as a photo is refused
// and adds nothing; a customer gets the "Admins only" page. Tests tagged @nojs also run with JavaScript off
// (monolith). What differs by design is checked per store, marked ARCH; the serverless upload endpoints
// themselves are in admin-pipeline-serverless.spec.ts.
import sharp from "sharp";
import { searchResponseSchema } from "../core/contract/serverless-api";
import { ADMIN, DEMO, expect, logIn, test } from "./fixtures";

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 200, g: 140, b: 90 } } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

test.describe("admin: add pet with a photo", () => {
  test("a photo is processed step by step and the pet is found by search with its thumbnail @nojs", async ({ page, at, mode, request }) => {
    test.setTimeout(90_000);
    await logIn(page, mode, ADMIN);
    await page.goto(at("/admin"));
    const name = uniqueName("Pixel");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Category").selectOption({ index: 0 });
    await page.getByLabel("Price").fill("42.50");
    await page.getByLabel("Stock").fill("3");
    await page.getByLabel("Image").setInputFiles({ name: "pixel.jpg", mimeType: "image/jpeg", buffer: await photo() });
    await page.getByRole("button", { name: "Add pet" }).click();

    // ARCH: the serverless browser sends the bytes straight to storage and shows that upload's own progress.
    if (mode === "serverless") await expect(page.locator("progress#upload-progress")).toBeVisible();
    await expect(page.getByTestId("upload-status").first()).toHaveText("done", { timeout: 30_000 });
    for (const step of ["thumbnail", "store", "metadata", "index"]) {
      await expect(page.locator(`[data-step="${step}"]`).first()).toHaveAttribute("data-status", "done");
    }
    await expect(page.getByRole("status").filter({ hasText: "searchable" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);

    if (mode === "serverless") {
      // ARCH: the last step indexed it for the search function, which answers in cents (the contract's schema).
      const body = searchResponseSchema.parse(await (await request.get(`/api/functions/search?q=${encodeURIComponent(name)}`)).json());
      expect(body.hits.find((h) => h.name === name)?.priceCents).toBe(4250);
    }

    await page.goto(at(`/search?q=${encodeURIComponent(name)}`));
    const thumb = page.getByRole("img", { name: new RegExp(name) }).first();
    await expect(thumb).toBeVisible();
    const src = await thumb.getAttribute("src");
    expect(src).toBeTruthy();
    const res = await request.get(src!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/webp");
  });

  test("a text file as the photo gets an alert and adds nothing @nojs", async ({ page, at, mode }) => {
    await logIn(page, mode, ADMIN);
    await page.goto(at("/admin"));
    const name = uniqueName("Notaphoto");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Price").fill("10");
    await page.getByLabel("Stock").fill("1");
    await page
      .getByLabel("Image")
      .setInputFiles({ name: "cat.jpg", mimeType: "image/jpeg", buffer: Buffer.from("just some text, not a picture\n") });
    await page.getByRole("button", { name: "Add pet" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("not a JPEG, PNG or WebP image", { timeout: 20_000 });
    // ARCH: the monolith refuses the file in the form post; the serverless store has already stored the bytes,
    // so its first step is the one that finds out, and the run stops there.
    if (mode === "serverless") {
      await expect(page.locator('[data-step="thumbnail"]')).toHaveAttribute("data-status", "failed");
      await expect(page.locator('[data-step="metadata"]')).toHaveAttribute("data-status", "queued");
    }

    await page.goto(at(`/search?q=${encodeURIComponent(name)}`));
    await expect(page.getByRole("link", { name: new RegExp(name) })).toHaveCount(0);
  });

  test("a customer gets the Admins only page @nojs", async ({ page, at, mode }) => {
    await logIn(page, mode, DEMO);
    await page.goto(at("/admin"));
    await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
  });
});
