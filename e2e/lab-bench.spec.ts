// The lab bench: the instructor starts load and switches failures on; without the key everything is refused.
// Runs in the "runtime" project (last, alone): it changes process-wide state (faults, function instances).
import sharp from "sharp";
import { imageStatus, signInAdmin, uploadPhoto, type ImageStatus } from "../scripts/pipeline/serverless-admin-client";
import { test, expect, becomeInstructor, INSTRUCTOR, logIn, ADMIN } from "./fixtures";

type LoadStatus = {
  running: boolean;
  runId: string | null;
  requests: number;
  errors: number;
  throttled: number;
  byStatus: Record<string, number>;
  byTarget: { monolith: { requests: number }; serverless: { requests: number; throttled: number; byStatus: Record<string, number> } };
  series: { second: number }[];
};

const JSON_INSTRUCTOR = { ...INSTRUCTOR, "content-type": "application/json" };

test.describe("lab bench", () => {
  test.afterEach(async ({ request }) => {
    await request.delete("/api/class/load", { headers: JSON_INSTRUCTOR });
    await request.delete("/api/class/faults", { headers: JSON_INSTRUCTOR });
  });

  test("without the instructor key every control is refused", async ({ request, page }) => {
    const body = { target: "serverless", users: 20, seconds: 10 };
    const post = await request.post("/api/class/load", { data: body });
    expect(post.status()).toBe(401);
    expect(((await post.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    expect((await request.get("/api/class/load")).status()).toBe(401);
    expect((await request.delete("/api/class/load", { headers: { "content-type": "application/json" } })).status()).toBe(401);
    expect((await request.get("/api/class/faults")).status()).toBe(401);
    expect((await request.put("/api/class/faults/concurrency-limit", { data: { enabled: true } })).status()).toBe(401);
    expect((await request.post("/api/class/load", { data: body, headers: { "x-class-key": "not-the-key-at-all" } })).status()).toBe(403);
    await page.goto("/class/bench");
    await expect(page.getByTestId("bench-locked")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start" })).toHaveCount(0);
  });

  test("bad settings are refused with a message", async ({ request }) => {
    for (const data of [
      { target: "serverless", users: 0, seconds: 10 },
      { target: "serverless", users: 10_000, seconds: 10 },
      { target: "mainframe", users: 5, seconds: 10 },
    ]) {
      const res = await request.post("/api/class/load", { data, headers: JSON_INSTRUCTOR });
      expect(res.status()).toBe(400);
      const err = ((await res.json()) as { error: { code: string; message: string } }).error;
      expect(err.code).toBe("bad_request");
      expect(err.message.length).toBeGreaterThan(5);
    }
    expect((await request.put("/api/class/faults/no-such-switch", { data: { enabled: true }, headers: JSON_INSTRUCTOR })).status()).toBe(
      404,
    );
    expect(
      (
        await request.put("/api/class/faults/concurrency-limit", {
          data: { enabled: true, params: { limit: 0 } },
          headers: JSON_INSTRUCTOR,
        })
      ).status(),
    ).toBe(400);
  });

  test("20 users on serverless with concurrency limit 2: throttles and 429s in the API and the charts; the run ends by itself", async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const faults = await request.put("/api/class/faults/concurrency-limit", {
      data: { enabled: true, params: { limit: 2 } },
      headers: JSON_INSTRUCTOR,
    });
    expect(faults.status()).toBe(200);
    expect(await faults.json()).toMatchObject({ name: "concurrency-limit", enabled: true, params: { limit: 2 } });

    // New instances take a second to start (a realistic cold start), so the burst at the start of the run needs
    // more than two at once: beyond the limit the runtime answers 429. Every instance is dropped first.
    expect(
      (
        await request.put("/api/class/faults/cold-start-delay", { data: { enabled: true, params: { ms: 1000 } }, headers: JSON_INSTRUCTOR })
      ).status(),
    ).toBe(200);
    expect((await request.post("/api/lens/runtime", { data: { resetInstances: true }, headers: JSON_INSTRUCTOR })).status()).toBe(200);

    await becomeInstructor(page);
    await page.goto("/class/bench");
    await expect(page.getByRole("heading", { name: "Lab bench" })).toBeVisible();
    await expect(page.getByRole("switch", { name: "Concurrency limit" })).toBeChecked();

    const start = await request.post("/api/class/load", {
      data: { target: "serverless", users: 20, seconds: 10, rampUpSeconds: 0, mix: { search: 60, buy: 20, browse: 10, view: 10 } },
      headers: JSON_INSTRUCTOR,
    });
    expect(start.status()).toBe(202);
    const { runId } = (await start.json()) as { runId: string };
    expect(runId).toMatch(/[0-9a-f-]{36}/);
    // One run at a time.
    expect(
      (await request.post("/api/class/load", { data: { target: "monolith", users: 1, seconds: 5 }, headers: JSON_INSTRUCTOR })).status(),
    ).toBe(409);

    await expect(page.getByTestId("bench-progress")).toContainText(/Running \d+ s of 10 s|Preparing/);
    await expect(page.getByTestId("chart-errors")).toBeVisible();

    // It stops by itself after 10 s.
    let status: LoadStatus | undefined;
    await expect
      .poll(
        async () => {
          status = (await (await request.get("/api/class/load", { headers: INSTRUCTOR })).json()) as LoadStatus;
          return status.running;
        },
        { timeout: 40_000, intervals: [1000] },
      )
      .toBe(false);
    expect(status!.runId).toBe(runId);
    expect(status!.byTarget.monolith.requests).toBe(0);
    expect(status!.byTarget.serverless.requests).toBeGreaterThan(20);
    expect(status!.byStatus["429"]).toBeGreaterThan(0);
    expect(status!.throttled).toBeGreaterThan(0);
    expect(status!.byStatus["200"]).toBeGreaterThan(status!.byStatus["429"]!); // throttled, not blocked
    expect(status!.series.length).toBeGreaterThanOrEqual(9);
    expect(status!.series.length).toBeLessThanOrEqual(12); // one point per second of the run, none after it

    await expect(page.getByTestId("bench-progress")).toContainText("Finished after 10 s");
    await expect(page.getByTestId("serverless-throttled")).not.toHaveText("0");
    await expect(page.getByTestId("serverless-byStatus")).toContainText("429:");
    await expect(page.getByTestId("chart-errors").getByText("Serverless 429")).toBeVisible();
    await expect(page.getByTestId("chart-cold-throttles").getByText("Throttled (429)")).toBeVisible();
  });

  test("Stop ends a run within a second; Reset all turns every switch off", async ({ page, request }) => {
    await becomeInstructor(page);
    await page.goto("/class/bench");
    await expect(page.getByTestId("bench-empty").or(page.getByTestId("bench-progress"))).toBeVisible();
    await page.getByLabel("Target").selectOption("both");
    await page.getByLabel("Users", { exact: true }).fill("4");
    await page.getByLabel("Seconds", { exact: true }).fill("60");
    await page.getByLabel("Ramp-up (s)").fill("0");
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByTestId("bench-progress")).toContainText(/Running \d+ s of 60 s/);
    await page.waitForTimeout(2000);
    const t0 = Date.now();
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.getByTestId("bench-progress")).toContainText("Finished after");
    const status = (await (await request.get("/api/class/load", { headers: INSTRUCTOR })).json()) as LoadStatus;
    expect(status.running).toBe(false);
    expect(Date.now() - t0).toBeLessThan(2500); // DELETE answers once stopped (≤ 1 s), then the page refreshes
    expect(status.byTarget.monolith.requests).toBeGreaterThan(0);
    expect(status.byTarget.serverless.requests).toBeGreaterThan(0);

    await page.getByRole("switch", { name: "Database latency" }).click(); // controlled: checked once the server says so
    await expect(page.getByRole("switch", { name: "Database latency" })).toBeChecked();
    await page.getByRole("button", { name: "Reset all" }).click();
    await expect(page.getByRole("switch", { name: "Database latency" })).not.toBeChecked();
    const list = (await (await request.get("/api/class/faults", { headers: INSTRUCTOR })).json()) as { enabled: boolean }[];
    expect(list.every((f) => !f.enabled)).toBe(true);
  });
});

test.describe("lab bench: the serverless pipeline under the failure switches", () => {
  test.afterEach(async ({ request }) => {
    await request.delete("/api/class/faults", { headers: JSON_INSTRUCTOR });
  });

  async function photo(): Promise<Buffer> {
    return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 60, g: 120, b: 200 } } })
      .jpeg({ quality: 80 })
      .toBuffer();
  }
  const pet = (name: string) => ({ name, category: "dogs", price: "12.50", stock: "2" });

  async function settled(base: string, imageId: string): Promise<ImageStatus> {
    let last: ImageStatus | null = null;
    await expect
      .poll(
        async () => {
          last = await imageStatus(base, imageId);
          return last?.status;
        },
        { timeout: 45_000, intervals: [500] },
      )
      .toMatch(/^(done|failed)$/);
    return last!;
  }

  test("crashed step: each step's first attempt dies, the durable run retries only that step and ends done once", async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const cookie = await signInAdmin(baseURL!);
    expect((await request.put("/api/class/faults/consumer-down", { data: { enabled: true }, headers: JSON_INSTRUCTOR })).status()).toBe(
      200,
    );
    const name = `Crashy ${Date.now().toString(36)}`;
    const imageId = await uploadPhoto(baseURL!, cookie, pet(name), await photo());
    const status = await settled(baseURL!, imageId);
    expect(status.status).toBe("done");
    // Every step ran exactly twice: the crash, then the retry — none of the earlier steps ran again.
    expect(Object.fromEntries(status.steps.map((s) => [s.step, s.attempts]))).toEqual({ thumbnail: 2, store: 2, metadata: 2, index: 2 });
    const hits = (await (await request.get(`/api/functions/search?q=${encodeURIComponent(name)}`)).json()) as { hits: { name: string }[] };
    expect(hits.hits.filter((h) => h.name === name)).toHaveLength(1);

    // Off again: the next upload goes through on the first attempt.
    await request.put("/api/class/faults/consumer-down", { data: { enabled: false }, headers: JSON_INSTRUCTOR });
    const next = await settled(baseURL!, await uploadPhoto(baseURL!, cookie, pet(`${name} 2`), await photo()));
    expect(next.status).toBe("done");
    expect(next.steps.every((s) => s.attempts === 1)).toBe(true);
  });

  test("poison image: fails every attempt, dead-lettered with its reason instead of retrying forever", async ({ request, baseURL }) => {
    test.setTimeout(90_000);
    const cookie = await signInAdmin(baseURL!);
    await request.put("/api/class/faults/poison-image", { data: { enabled: true }, headers: JSON_INSTRUCTOR });
    const poisoned = await settled(baseURL!, await uploadPhoto(baseURL!, cookie, pet(`Poison ${Date.now().toString(36)}`), await photo()));
    expect(poisoned.status).toBe("failed");
    expect(poisoned.error).toMatch(/poison image/); // the reason, kept in the dead letter
    expect(poisoned.steps.find((s) => s.step === "thumbnail")?.attempts).toBeGreaterThanOrEqual(3);
    expect(poisoned.steps.find((s) => s.step === "store")?.attempts ?? 0).toBe(0); // never got past the thumbnail
  });

  test("storage outage: an upload made during it waits (shown as waiting, not processed) for as long as it lasts, and ends processed once after it — in both stores", async ({
    request,
    baseURL,
    page,
  }) => {
    test.setTimeout(150_000);
    const cookie = await signInAdmin(baseURL!);
    await request.put("/api/class/faults/storage-outage", { data: { enabled: true }, headers: JSON_INSTRUCTOR });
    const outageStarted = Date.now();
    const stamp = Date.now().toString(36);
    const serverlessName = `Outage SL ${stamp}`;
    const monolithName = `Outage MO ${stamp}`;
    // Serverless: the browser's upload to the upload bucket still succeeds (it stays up).
    const serverlessId = await uploadPhoto(baseURL!, cookie, pet(serverlessName), await photo());
    // Monolith: the admin form, as a person adds a pet.
    await logIn(page, "monolith", ADMIN);
    await page.goto("/monolith/admin");
    await page.getByLabel("Name").fill(monolithName);
    await page.getByLabel("Category").selectOption({ index: 0 });
    await page.getByLabel("Price").fill("12.50");
    await page.getByLabel("Stock").fill("2");
    await page.getByLabel("Image").setInputFiles({ name: "outage.jpg", mimeType: "image/jpeg", buffer: await photo() });
    const statusRequest = page.waitForRequest(/\/api\/images\/[0-9a-f-]{36}/);
    await page.getByRole("button", { name: "Add pet" }).click();
    const monolithId = /\/api\/images\/([0-9a-f-]{36})/.exec((await statusRequest).url())![1]!;

    // Both pipelines find storage down and wait: the store step says "waiting", the upload is not processed.
    for (const id of [serverlessId, monolithId]) {
      await expect
        .poll(async () => (await imageStatus(baseURL!, id))?.steps.find((s) => s.step === "store")?.status, {
          timeout: 20_000,
          intervals: [300],
        })
        .toBe("waiting");
    }
    // The monolith's admin page shows it to the admin.
    const storeCard = page.locator('[data-step="store"]');
    await expect(storeCard).toHaveAttribute("data-status", "waiting");
    await expect(storeCard).toContainText(/Storage is unavailable: waiting, next try in/);
    // The outage lasts ~20 s: many times what the 3 attempts of the e2e server's short backoff
    // (STORAGE_OUTAGE_BACKOFF_MS=300, scripts/e2e-server.ts) would have covered if waits were attempts.
    await page.waitForTimeout(Math.max(0, 20_000 - (Date.now() - outageStarted)));
    for (const id of [serverlessId, monolithId]) {
      const during = (await imageStatus(baseURL!, id))!;
      expect(during.status, `${id} during the outage`).toBe("waiting");
      expect(during.petId).toBeNull();
    }
    await request.put("/api/class/faults/storage-outage", { data: { enabled: false }, headers: JSON_INSTRUCTOR });

    // The next try after the outage finds storage back: processed, one pet each, found once by search.
    for (const [id, name] of [
      [serverlessId, serverlessName],
      [monolithId, monolithName],
    ] as const) {
      const done = await settled(baseURL!, id);
      expect(done.status, `${name}: ${done.error}`).toBe("done");
      expect(done.steps.find((s) => s.step === "store")?.attempts).toBeGreaterThanOrEqual(2);
      // Serverless retries only the waiting step: the original was readable throughout, the thumbnails were not rendered again.
      if (id === serverlessId) expect(done.steps.find((s) => s.step === "thumbnail")?.attempts).toBe(1);
      const hits = (await (await request.get(`/api/functions/search?q=${encodeURIComponent(name)}`)).json()) as {
        hits: { name: string }[];
      };
      expect(hits.hits.filter((h) => h.name === name)).toHaveLength(1);
    }
    await expect(page.locator('[data-step="store"]')).toHaveAttribute("data-status", "done", { timeout: 15_000 });
  });

  test("recursive trigger: every thumbnail write starts another run until the breaker trips; the photo still ends as one pet", async ({
    request,
    baseURL,
    page,
  }) => {
    test.setTimeout(120_000);
    const cookie = await signInAdmin(baseURL!);
    const on = await request.put("/api/class/faults/recursive-trigger", {
      data: { enabled: true, params: { maxRuns: 4 } },
      headers: JSON_INSTRUCTOR,
    });
    expect(on.status()).toBe(200);
    const name = `Loop ${Date.now().toString(36)}`;
    const imageId = await uploadPhoto(baseURL!, cookie, pet(name), await photo());

    type Loop = { imageId: string; runs: number; invocations: number; tripped: boolean; summary: string };
    const loopOf = async () => {
      const list = (await (await request.get("/api/class/faults", { headers: INSTRUCTOR })).json()) as { name: string; loops?: Loop[] }[];
      return list.find((f) => f.name === "recursive-trigger")?.loops?.find((l) => l.imageId === imageId);
    };
    await expect.poll(async () => (await loopOf())?.tripped, { timeout: 60_000, intervals: [500] }).toBe(true);
    const tripped = (await loopOf())!;
    expect(tripped.runs).toBe(4);
    expect(tripped.summary).toMatch(
      /^breaker tripped after 4 runs · 4 runs so far .* ≈ \$[\d.e-]+; without the breaker at this rate ≈ \$[\d.e-]+ per hour$/,
    );
    // Real runs: each ran its steps as function invocations (four per run once they finish).
    await expect.poll(async () => (await loopOf())?.invocations, { timeout: 45_000, intervals: [500] }).toBeGreaterThanOrEqual(16);
    // Stopped: no new run starts afterwards.
    await page.waitForTimeout(3_000);
    expect((await loopOf())!.runs).toBe(4);

    const status = await settled(baseURL!, imageId);
    expect(status.status).toBe("done");
    const hits = (await (await request.get(`/api/functions/search?q=${encodeURIComponent(name)}`)).json()) as { hits: { name: string }[] };
    expect(hits.hits.filter((h) => h.name === name)).toHaveLength(1);

    // The bench shows it on the switch's card.
    await becomeInstructor(page);
    await page.goto("/class/bench");
    await expect(page.locator('[data-fault="recursive-trigger"]').getByTestId("recursive-loops")).toContainText(
      "breaker tripped after 4 runs",
    );

    // Switched off: the guard is back, a new upload runs once.
    await request.put("/api/class/faults/recursive-trigger", { data: { enabled: false }, headers: JSON_INSTRUCTOR });
    const next = await settled(baseURL!, await uploadPhoto(baseURL!, cookie, pet(`${name} 2`), await photo()));
    expect(next.status).toBe("done");
    expect(next.steps.every((s) => s.attempts === 1)).toBe(true);
  });
});
