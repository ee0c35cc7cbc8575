// Safe to share with a class: what one visitor does stays theirs. Uploaded originals are never served, the lens
// shows a visitor only their own traffic (and no query strings or private storage keys to anyone), browser span
// posts cannot flood it, an upload token works once, the Workflow queue routes answer only the app itself, and
// no error response names a file on the server.
import { existsSync } from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import sharp from "sharp";
import { ADMIN, INSTRUCTOR, expect, logIn, test } from "./fixtures";

const DATA_DIR = path.resolve("data/e2e");
const originalFile = (imageId: string) => path.join(DATA_DIR, "blobs/uploads", imageId, "original");

async function photo(seed: number): Promise<Buffer> {
  return (
    sharp({ create: { width: 640, height: 480, channels: 3, background: { r: seed % 255, g: 120, b: 60 } } })
      .jpeg({ quality: 85 })
      // GPS in EXIF: the kind of thing an original keeps and a thumbnail must not.
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" } })
      .toBuffer()
  );
}

async function waitForUpload(request: APIRequestContext, imageId: string): Promise<string> {
  const until = Date.now() + 45_000;
  for (;;) {
    const res = await request.get(`/api/images/${imageId}`);
    const status = res.ok() ? ((await res.json()) as { status: string }).status : "missing";
    if (status === "done" || status === "failed") return status;
    if (Date.now() > until) throw new Error(`upload ${imageId} still ${status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function freshContext(baseURL: string | undefined, extraHTTPHeaders?: Record<string, string>): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders });
}

test.describe("uploaded originals are private", () => {
  test("monolith: the original is never served and is gone once the pet is made", async ({ page, mode, request }) => {
    test.skip(mode !== "monolith", "monolith form");
    test.setTimeout(60_000);
    await logIn(page, "monolith", ADMIN);
    await page.goto("/monolith/admin");
    await page.getByLabel("Name").fill(`Private ${Date.now().toString(36)}`);
    await page.getByLabel("Category").selectOption({ index: 0 });
    await page.getByLabel("Price").fill("12");
    await page.getByLabel("Stock").fill("1");
    await page.getByLabel("Image").setInputFiles({ name: "gps.jpg", mimeType: "image/jpeg", buffer: await photo(1) });
    await page.getByRole("button", { name: "Add pet" }).click();
    await expect(page).toHaveURL(/image=/);
    const imageId = new URL(page.url()).searchParams.get("image")!;
    expect((await request.get(`/api/blob/uploads/${imageId}/original`)).status()).toBe(404);
    expect(await waitForUpload(request, imageId)).toBe("done");
    expect((await request.get(`/api/blob/uploads/${imageId}/original`)).status()).toBe(404);
    await expect.poll(() => existsSync(originalFile(imageId)), { message: "original deleted after processing" }).toBe(false);
    // The thumbnail is public, and carries no EXIF.
    const thumb = await request.get(`/api/blob/thumbnails/${imageId}/480.webp`);
    expect(thumb.status()).toBe(200);
    expect((await sharp(await thumb.body()).metadata()).exif).toBeUndefined();
    // No lens span names the original's storage key, not even for the instructor.
    const spans = await request.get("/api/lens/spans", { headers: INSTRUCTOR });
    expect(await spans.text()).not.toContain(`uploads/${imageId}/original`);
  });

  test("serverless: the original is never served; a replayed upload token is refused and writes nothing", async ({
    page,
    mode,
    request,
  }) => {
    test.skip(mode !== "serverless", "serverless client upload");
    test.setTimeout(60_000);
    await logIn(page, "serverless", ADMIN);
    const pet = { name: `Private ${Date.now().toString(36)}`, category: "dogs", price: "12", stock: "1", size: 50_000 };
    const grantRes = await page.request.post("/api/serverless/uploads", { data: pet });
    expect(grantRes.status()).toBe(201);
    const grant = (await grantRes.json()) as { imageId: string; uploadUrl: string; token: string };
    const put = await request.put(grant.uploadUrl, {
      headers: { Authorization: `Bearer ${grant.token}`, "Content-Type": "image/jpeg" },
      data: await photo(2),
    });
    expect(put.status()).toBe(201);
    expect((await request.get(`/api/blob/uploads/${grant.imageId}/original`)).status()).toBe(404);
    expect(await waitForUpload(request, grant.imageId)).toBe("done");
    await expect.poll(() => existsSync(originalFile(grant.imageId)), { message: "original deleted after processing" }).toBe(false);

    // The same token again, with other bytes: 409 and nothing stored.
    const replay = await request.put(grant.uploadUrl, {
      headers: { Authorization: `Bearer ${grant.token}`, "Content-Type": "image/jpeg" },
      data: await photo(3),
    });
    expect(replay.status()).toBe(409);
    expect(existsSync(originalFile(grant.imageId)), "a replay writes nothing").toBe(false);
    expect((await request.get(`/api/blob/uploads/${grant.imageId}/original`)).status()).toBe(404);
    const spans = await request.get("/api/lens/spans", { headers: INSTRUCTOR });
    expect(await spans.text()).not.toContain(`uploads/${grant.imageId}/original`);
  });
});

test.describe("the lens keeps each visitor's traffic to themselves", () => {
  test("a visitor sees only their own spans, without private query strings; the instructor sees all", async ({ mode, baseURL }) => {
    const marker = `Biscuit${Date.now().toString(36)}`;
    const alice = await freshContext(baseURL);
    const bob = await freshContext(baseURL);
    const instructor = await freshContext(baseURL, INSTRUCTOR);
    try {
      // A page visit gives the visitor their id cookie; the search carries a private parameter.
      expect((await alice.get(`/${mode}`)).ok()).toBe(true);
      expect((await alice.get(`/${mode}/search?q=${marker}&email=alice%40example.com`)).ok()).toBe(true);
      expect((await bob.get(`/${mode}`)).ok()).toBe(true);

      const mine = await (await alice.get("/api/lens/spans")).text();
      expect(mine, "alice sees her own search").toContain(marker);
      const theirs = await (await bob.get("/api/lens/spans")).text();
      expect(theirs, "bob does not see alice's search").not.toContain(marker);
      const all = await (await instructor.get("/api/lens/spans")).text();
      expect(all, "the instructor sees everyone's traffic").toContain(marker);
      for (const text of [mine, theirs, all]) {
        expect(text).not.toContain("alice@example.com");
        expect(text).not.toContain("alice%40example.com");
        expect(text).not.toContain("email=");
      }
      // The search parameter itself is allowed.
      expect(all).toContain(`q=${marker}`);
    } finally {
      await Promise.all([alice.dispose(), bob.dispose(), instructor.dispose()]);
    }
  });

  test("browser span posts are bounded per visitor and never push server spans out", async ({ mode, baseURL }) => {
    test.skip(mode !== "monolith", "one run is enough");
    const marker = `Flood${Date.now().toString(36)}`;
    const visitor = await freshContext(baseURL);
    const flooder = await freshContext(baseURL);
    const instructor = await freshContext(baseURL, INSTRUCTOR);
    try {
      await visitor.get(`/monolith/search?q=${marker}`);
      await flooder.get("/monolith");
      const hex = (n: number) => Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(Math.random() * 16)]).join("");
      const batch = () => ({
        spans: Array.from({ length: 50 }, () => ({
          traceId: hex(32),
          spanId: hex(16),
          name: "x".repeat(200),
          mode: "monolith",
          startMs: Date.now(),
          durationMs: 1,
        })),
      });
      const statuses: number[] = [];
      for (let i = 0; i < 80; i++) statuses.push((await flooder.post("/api/lens/spans", { data: batch() })).status());
      expect(statuses.filter((s) => s === 202).length, "some batches are accepted").toBeGreaterThan(0);
      expect(statuses.filter((s) => s === 429).length, "then the visitor is slowed down").toBeGreaterThan(0);
      const all = await (await instructor.get("/api/lens/spans")).text();
      expect(all, "the other visitor's server spans are still there").toContain(marker);
      expect(Buffer.byteLength(all), "one answer stays small").toBeLessThanOrEqual(256 * 1024);
    } finally {
      await Promise.all([visitor.dispose(), flooder.dispose(), instructor.dispose()]);
    }
  });

  test("GET /api/lens/spans pages by time and never answers more than 256 KB", async ({ mode, baseURL }) => {
    test.skip(mode !== "monolith", "one run is enough");
    const instructor = await freshContext(baseURL, INSTRUCTOR);
    try {
      for (let i = 0; i < 10; i++) await instructor.get(`/monolith/category/dogs?page=${(i % 3) + 1}`);
      const first = await instructor.get("/api/lens/spans?since=0&limit=5");
      expect(first.ok()).toBe(true);
      const body = (await first.json()) as { spans: { startMs: number }[]; next?: number };
      expect(body.spans.length).toBeLessThanOrEqual(5);
      expect(body.spans.length).toBeGreaterThan(0);
      const whole = await instructor.get("/api/lens/spans?limit=100000");
      expect(whole.ok()).toBe(true);
      expect(Buffer.byteLength(await whole.text())).toBeLessThanOrEqual(256 * 1024);
      const capped = await instructor.get("/api/lens/spans");
      expect(Buffer.byteLength(await capped.text())).toBeLessThanOrEqual(256 * 1024);
    } finally {
      await instructor.dispose();
    }
  });
});

test.describe("the Workflow queue routes answer only the app itself", () => {
  test("an outside POST to the queue routes is refused and names no path", async ({ mode, request }) => {
    test.skip(mode !== "monolith", "one run is enough");
    for (const route of ["flow", "step"]) {
      const res = await request.post(`/.well-known/workflow/v1/${route}`, {
        headers: {
          "x-forwarded-for": "203.0.113.9",
          "x-vqs-queue-name": route === "flow" ? "__wkf_workflow_junk" : "__wkf_step_junk",
          "x-vqs-message-id": "msg_01JZZZZZZZZZZZZZZZZZZZZZZZ",
          "x-vqs-message-attempt": "1",
        },
        data: { runId: "wrun_../../../etc", junk: "x".repeat(1000) },
      });
      expect(res.status(), route).toBe(404);
      const text = await res.text();
      expect(text).not.toContain(process.cwd());
      expect(text).not.toMatch(/\/(home|work|tmp|var|usr)\//);
    }
  });
});

test.describe("no error response names a file on the server", () => {
  test("bad requests to every kind of route answer without a file-system path", async ({ request }) => {
    const probes: [string, string, unknown?][] = [
      ["GET", "/api/blob/..%2F..%2Fetc%2Fpasswd"],
      ["GET", "/api/images/not-a-uuid"],
      ["GET", "/api/lens/spans?since=x"],
      ["POST", "/api/lens/spans", "not json"],
      ["GET", "/api/baas/pets/abc"],
      ["GET", "/api/functions/search?q=" + "x".repeat(5000)],
      ["POST", "/api/functions/purchase", "{"],
      ["PUT", "/api/serverless/uploads/00000000-0000-4000-8000-000000000000", "x"],
      ["POST", "/api/monolith/cart/add", "x"],
      ["GET", "/monolith/pets/999999999"],
      ["GET", "/no-such-page"],
    ];
    for (const [method, url, data] of probes) {
      const res = await request.fetch(url, {
        method,
        data: data as string | undefined,
        headers: data ? { "content-type": "application/json" } : undefined,
        maxRedirects: 0,
      });
      const text = await res.text();
      expect(text, `${method} ${url}`).not.toContain(process.cwd());
      expect(text, `${method} ${url}`).not.toMatch(/at .*\.(ts|js):\d+:\d+/);
    }
  });
});
