// The architecture lens: cold vs warm function starts in the runtime model, and the live diagram lighting the
// purchase function after a serverless purchase. The lens is one page for both stores, so these run once
// (in the serverless project) rather than per mode.
import { becomeInstructor, DEMO, expect, INSTRUCTOR, test } from "./fixtures";

test.describe("architecture lens", () => {
  test.skip(({ mode }) => mode !== "serverless", "one page for both stores: run once");
  test.describe.configure({ mode: "serial" });

  test.afterAll(async ({ request }) => {
    await request.post("/api/lens/runtime", { headers: INSTRUCTOR, data: { restoreDefaults: true } });
  });

  test("a first call after the idle timeout is cold, the next one warm", async ({ request, page }) => {
    const set = await request.post("/api/lens/runtime", { headers: INSTRUCTOR, data: { idleTimeoutMs: 2000 } });
    expect(set.status()).toBe(200);
    expect((await set.json()).limits.idleTimeoutMs).toBe(2000);

    await request.get("/api/functions/search?q=dog"); // an instance exists (cold or warm, no matter)
    await page.waitForTimeout(2600); // ...and sits idle past the timeout

    const first = await request.get("/api/functions/search?q=cat");
    expect(first.status()).toBe(200);
    const second = await request.get("/api/functions/search?q=cat");
    expect(first.headers()["x-cold-start"]).toBe("true");
    expect(second.headers()["x-cold-start"]).toBe("false");
    expect(second.headers()["x-instance-id"]).toBe(first.headers()["x-instance-id"]);

    // The lens records the same: that call cold, the next warm, on one instance, with billed GB-seconds.
    const { invocations } = await (await request.get("/api/lens/invocations")).json();
    const byTrace = (id: string) => invocations.find((i: { traceId: string }) => i.traceId === id);
    expect(byTrace(first.headers()["x-trace-id"]!)).toMatchObject({ functionName: "search", cold: true, memoryMb: 1024 });
    expect(byTrace(second.headers()["x-trace-id"]!)).toMatchObject({ functionName: "search", cold: false });
    const { functions } = await (await request.get("/api/lens/functions")).json();
    const search = functions.find((f: { functionName: string }) => f.functionName === "search");
    expect(search.cold).toBeGreaterThanOrEqual(1);
    expect(search.gbSeconds).toBeGreaterThan(0);

    // And the runtime view shows the warm instance. A longer idle timeout first, so that a slow page load on a
    // busy machine does not let the platform reclaim the instance before the page looks at it.
    await request.post("/api/lens/runtime", { headers: INSTRUCTOR, data: { idleTimeoutMs: 120_000 } });
    await becomeInstructor(page);
    await page.goto("/architecture");
    const card = page.locator('[data-function="search"]');
    await expect(card.locator(`[data-instance="${first.headers()["x-instance-id"]}"]`)).toContainText("warm");
  });

  test("reset instances makes the next call cold; bad controls are a 400", async ({ request }) => {
    expect((await request.post("/api/lens/runtime", { headers: INSTRUCTOR, data: { idleTimeoutMs: 5 } })).status()).toBe(400);
    expect((await request.post("/api/lens/runtime", { headers: INSTRUCTOR, data: { resetInstances: true } })).status()).toBe(200);
    const r = await request.get("/api/functions/search?q=fish");
    expect(r.headers()["x-cold-start"]).toBe("true");
  });

  test("runtime controls: the instructor key is required, and a cross-site simple POST is refused", async ({ request, page }) => {
    const anonymous = await request.post("/api/lens/runtime", { data: { coldStartExtraMs: 30_000 } });
    expect(anonymous.status()).toBe(401);
    const wrongKey = await request.post("/api/lens/runtime", {
      headers: { "x-class-key": "not-the-key-at-all" },
      data: { coldStartExtraMs: 30_000 },
    });
    expect(wrongKey.status()).toBe(403);
    const textPlain = await request.post("/api/lens/runtime", {
      headers: { ...INSTRUCTOR, "content-type": "text/plain" },
      data: JSON.stringify({ coldStartExtraMs: 30_000 }),
    });
    expect(textPlain.status()).toBe(400);
    const crossSite = await request.post("/api/lens/runtime", {
      headers: { ...INSTRUCTOR, origin: "http://evil.example", "sec-fetch-site": "cross-site" },
      data: { coldStartExtraMs: 30_000 },
    });
    expect(crossSite.status()).toBe(403);
    // None of them changed anything.
    const { limits } = await (await request.get("/api/lens/functions")).json();
    expect(limits.coldStartExtraMs).toBe(0);

    // A student's browser sees the limits but no controls; the instructor's browser gets the controls.
    await page.goto("/architecture");
    await expect(page.getByRole("heading", { name: "Runtime limits" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reset instances" })).toHaveCount(0);
    await becomeInstructor(page);
    await page.goto("/architecture");
    await expect(page.getByRole("button", { name: "Reset instances" })).toBeVisible();
    // The key leaves the address bar at once; a wrong key is refused and makes nobody the instructor.
    await becomeInstructor(page);
    expect(new URL(page.url()).search).toBe("");
    const wrong = await request.get("/class?key=wrong-key-wrong-key", { maxRedirects: 0 });
    expect(wrong.status()).toBe(403);
    expect(wrong.headers()["set-cookie"]).toBeUndefined();
  });

  test("the diagram lights the purchase function after a serverless purchase", async ({ page }) => {
    await page.goto("/architecture");
    const node = page.locator('[data-node="serverless:purchase-function"]');
    await expect(node).toHaveAttribute("data-active", "false");

    // Sign in with the BaaS auth service over HTTP (the same cookie jar as the page), get a token, buy.
    const api = page.request;
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const signIn = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: DEMO.email, password: DEMO.password, json: "true" },
    });
    expect(signIn.status()).toBe(200);
    const { token, scopes } = await (await api.get("/api/baas/token")).json();
    expect(scopes).toContain("purchase");
    const { hits } = await (await api.get("/api/functions/search?q=Biscuit&limit=10")).json();
    const biscuit = hits.find((h: { name: string }) => h.name === "Biscuit");
    const bought = await api.post("/api/functions/purchase", {
      headers: { Authorization: `Bearer ${token}` },
      data: { items: [{ petId: biscuit.id, quantity: 1 }], idempotencyKey: `lens-e2e-${Date.now()}` },
    });
    expect(bought.status()).toBe(201);

    await expect(node).toHaveAttribute("data-active", "true");
    await node.click();
    await expect(page.getByRole("complementary")).toContainText("purchase");
  });

  test("compare view: search in both architectures, the differences named", async ({ page }) => {
    await page.goto("/architecture/compare");
    await page.getByRole("button", { name: /^Search/ }).click();
    await expect(page.getByTestId("differences")).toContainText("round trip", { timeout: 20_000 });
    await expect(page.getByTestId("trace-monolith")).toContainText("GET search page");
    await expect(page.getByTestId("trace-serverless")).toContainText("GET search (function)");
  });
});
