// A plain GET writes nothing to the database (a class of students clicking around must not fill it), yet the
// monolith's "recently viewed" keeps working; every page carries the security headers and runs under its
// Content-Security-Policy without a single violation; a photo just under the advertised 10 MiB goes through
// the monolith's form post and a larger one gets a clear 413.
import path from "node:path";
import { createClient } from "@libsql/client";
import { request as playwrightRequest, type Page } from "@playwright/test";
import sharp from "sharp";
import { ADMIN, expect, logIn, test } from "./fixtures";

const db = () => createClient({ url: `file:${path.resolve("data/e2e/petstore.db")}` });

async function count(sql: string): Promise<number> {
  const client = db();
  try {
    const rs = await client.execute(sql);
    return Number(rs.rows[0]?.[0] ?? 0);
  } finally {
    client.close();
  }
}

test.describe("no writes on GET", () => {
  test("20 cookieless pet-page views create no row @nojs", async ({ mode, baseURL }) => {
    test.skip(mode !== "monolith", "the monolith renders on the server");
    const anonymousRows = () =>
      count(
        `SELECT (SELECT COUNT(*) FROM RecentlyViewed WHERE ownerKey LIKE 's:%') + (SELECT COUNT(*) FROM Cart WHERE ownerKey LIKE 's:%')`,
      );
    const before = await anonymousRows();
    const sessionsBefore = await count("SELECT COUNT(*) FROM Session");
    for (let i = 0; i < 20; i++) {
      const cookieless = await playwrightRequest.newContext({ baseURL });
      const res = await cookieless.get(`/monolith/pets/${(i % 10) + 1}`);
      expect(res.status()).toBe(200);
      await cookieless.dispose();
    }
    expect(await anonymousRows()).toBe(before);
    // Sessions are made only by logging in; other tests may log in meanwhile, never 20 times.
    expect(await count("SELECT COUNT(*) FROM Session")).toBeLessThan(sessionsBefore + 5);
  });

  test("recently viewed still works for a visitor without an account @nojs", async ({ page, mode }) => {
    test.skip(mode !== "monolith", "the monolith's server-side list");
    await page.goto("/monolith/pets/3");
    const first = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
    await page.goto("/monolith/pets/4");
    const recent = page.getByRole("region", { name: "Recently viewed" }).or(page.locator('[aria-labelledby="recent-heading"]'));
    await expect(recent.first()).toBeVisible();
    await expect(recent.first()).toContainText(first.split(" ")[0]!);
  });
});

const PAGES: Record<"monolith" | "serverless", string[]> = {
  monolith: [
    "/monolith",
    "/monolith/category/dogs",
    "/monolith/pets/1",
    "/monolith/search?q=dog",
    "/monolith/cart",
    "/monolith/login",
    "/monolith/register",
  ],
  serverless: [
    "/serverless",
    "/serverless/category/dogs",
    "/serverless/pets/1",
    "/serverless/search?q=dog",
    "/serverless/cart",
    "/serverless/login",
    "/serverless/register",
  ],
};

async function watchCsp(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  await page.exposeFunction("__cspViolation", (v: string) => problems.push(`event: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

test.describe("security headers and CSP", () => {
  test("every store page has the headers and runs without a CSP violation", async ({ page, mode }) => {
    test.setTimeout(60_000);
    const problems = await watchCsp(page);
    for (const url of PAGES[mode]) {
      const res = await page.goto(url);
      expect(res, url).toBeTruthy();
      const h = await res!.allHeaders();
      const csp = h["content-security-policy"] ?? "";
      expect(csp, url).toMatch(/frame-ancestors 'none'/);
      expect(csp, url).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=_-]+'/);
      expect(csp, url).not.toMatch(/script-src [^;]*'unsafe-eval'/);
      expect(h["x-content-type-options"], url).toBe("nosniff");
      expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"], url).toContain("camera=()");
      // Served over plain http here: no HSTS.
      expect(h["strict-transport-security"], url).toBeUndefined();
      await page.waitForLoadState("networkidle");
    }
    // The pages really work: the SPA navigates, the monolith's search form is there.
    await page.goto(`/${mode}`);
    await expect(page.getByRole("link", { name: /dogs/i }).first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("/architecture (live diagram, charts) runs without a CSP violation", async ({ page, mode }) => {
    test.skip(mode !== "serverless", "one run is enough");
    const problems = await watchCsp(page);
    const res = await page.goto("/architecture");
    expect((await res!.allHeaders())["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page.locator("svg").first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("API answers carry nosniff and no framing", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["content-security-policy"] ?? "").toContain("frame-ancestors 'none'");
  });
});

async function noisePng(targetBytes: number): Promise<Buffer> {
  // Random pixels barely compress: a stored (level 0) PNG is its raw size plus a little framing.
  const side = Math.floor(Math.sqrt(targetBytes / 3));
  const raw = Buffer.alloc(side * side * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24;
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

test.describe("the advertised photo size", () => {
  test("a photo just under 10 MiB is accepted by the monolith form; over 10 MiB gets a clear 413", async ({ page, mode }) => {
    test.skip(mode !== "monolith", "the monolith's form post");
    test.setTimeout(90_000);
    await logIn(page, "monolith", ADMIN);
    const big = await noisePng(10 * 1024 * 1024 - 30_000);
    expect(big.length).toBeLessThan(10 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(10 * 1000 * 1000);
    await page.goto("/monolith/admin");
    await page.getByLabel("Name").fill(`Big ${Date.now().toString(36)}`);
    await page.getByLabel("Category").selectOption({ index: 0 });
    await page.getByLabel("Price").fill("12");
    await page.getByLabel("Stock").fill("1");
    await page.getByLabel("Image").setInputFiles({ name: "big.png", mimeType: "image/png", buffer: big });
    await page.getByRole("button", { name: "Add pet" }).click();
    await expect(page).toHaveURL(/\/monolith\/admin\?image=/, { timeout: 30_000 });

    // Over the limit: refused from Content-Length with the page that says why.
    const tooBig = await page.request.post("/api/monolith/admin/pets", {
      multipart: {
        name: "Bigger",
        category: "dogs",
        price: "12",
        stock: "1",
        image: { name: "bigger.png", mimeType: "image/png", buffer: Buffer.concat([big, Buffer.alloc(800_000)]) },
      },
      maxRedirects: 0,
    });
    expect(tooBig.status()).toBe(413);
    expect(await tooBig.text()).toContain("The file is too large (at most 10 MB).");
  });
});
