// Serverless-only API checks through real HTTP: the token service, the gateway's 401/403, BaaS sign-in with
// next-auth's credentials endpoints and a cookie jar, the purchase function and owner-only order reads.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { test, expect, DEMO, ADMIN } from "./fixtures";
import { purchaseResponseSchema, searchResponseSchema } from "../core/contract/serverless-api";

test.skip(({ mode }) => mode !== "serverless", "serverless API only");

type TokenBody = { token: string; expiresAt: string; scopes: string[] };

async function tokenFor(api: APIRequestContext): Promise<TokenBody> {
  const res = await api.get("/api/baas/token");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  return (await res.json()) as TokenBody;
}

/** Signs in through next-auth's own endpoints: CSRF token, then the credentials callback (cookies kept by `api`). */
async function signIn(api: APIRequestContext, account: { email: string; password: string }) {
  const csrf = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: account.email, password: account.password, json: "true" },
  });
  expect(res.status()).toBe(200);
  const session = (await (await api.get("/api/auth/session")).json()) as { user?: { email?: string; id?: number } };
  expect(session.user?.email).toBe(account.email);
}

async function firstPetId(api: APIRequestContext, token: string): Promise<number> {
  const res = await api.get("/api/functions/search?q=&limit=60", { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { hits: { id: number; stock: number }[] };
  const pet = body.hits.find((h) => h.stock > 0);
  expect(pet, "a pet in stock").toBeTruthy();
  return pet!.id;
}

test("no token → 401; an anonymous token reads the catalog but not orders nor purchase (403)", async ({ request }) => {
  const none = await request.get("/api/baas/orders");
  expect(none.status()).toBe(401);
  expect(none.headers()["www-authenticate"]).toMatch(/^Bearer/);
  expect((await none.json()).error.code).toBe("unauthorized");

  const anon = await tokenFor(request);
  expect(anon.scopes).toEqual(["catalog:read"]);
  const auth = { authorization: `Bearer ${anon.token}` };
  const cats = await request.get("/api/baas/categories", { headers: auth });
  expect(cats.status()).toBe(200);
  expect(cats.headers()["x-served-by"]).toBe("data-api");
  expect(cats.headers()["x-trace-id"]).toMatch(/^[0-9a-f]{32}$/);

  expect((await request.get("/api/baas/orders", { headers: auth })).status()).toBe(403);
  const buy = await request.post("/api/functions/purchase", {
    headers: auth,
    data: { items: [{ petId: 1, quantity: 1 }], idempotencyKey: "anon-e2e-key" },
  });
  expect(buy.status()).toBe(403);
  expect((await request.post("/api/functions/purchase", { data: {} })).status()).toBe(401);
  expect((await request.delete("/api/baas/categories", { headers: auth })).status()).toBe(405);
});

test("the search function is public and reports its instance", async ({ request }) => {
  const res = await request.get("/api/functions/search?q=dog&limit=3");
  expect(res.status()).toBe(200);
  expect(res.headers()["x-served-by"]).toBe("function:search");
  expect(res.headers()["x-instance-id"]).toMatch(/^search-\d+$/);
  expect(["true", "false"]).toContain(res.headers()["x-cold-start"]);
  const body = searchResponseSchema.parse(await res.json());
  expect(body.hits.length).toBeLessThanOrEqual(3);
  expect(Number.isInteger(body.hits[0]?.priceCents)).toBe(true);
});

test("signed in with next-auth, the token can purchase (201), a replay returns the same order, others get 404", async ({ baseURL }) => {
  const demo = await playwrightRequest.newContext({ baseURL });
  const admin = await playwrightRequest.newContext({ baseURL });
  try {
    await signIn(demo, DEMO);
    const token = await tokenFor(demo);
    expect(token.scopes).toEqual(["catalog:read", "orders:read", "purchase"]);
    const auth = { authorization: `Bearer ${token.token}` };
    const petId = await firstPetId(demo, token.token);
    const body = {
      items: [{ petId, quantity: 1, price: 0.01 }],
      idempotencyKey: `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    };

    const first = await demo.post("/api/functions/purchase", { headers: auth, data: body });
    expect(first.status()).toBe(201);
    const placed = purchaseResponseSchema.parse(await first.json());
    expect(placed.totalCents).toBeGreaterThan(1); // the catalog price, not the one sent
    const replay = await demo.post("/api/functions/purchase", { headers: auth, data: body });
    expect(replay.status()).toBe(201);
    expect(await replay.json()).toEqual(placed);

    const mine = await demo.get(`/api/baas/orders/${placed.orderId}`, { headers: auth });
    expect(mine.status()).toBe(200);
    expect((await mine.json()).order.placedVia).toBe("serverless");

    await signIn(admin, ADMIN);
    const adminToken = await tokenFor(admin);
    const theirs = await admin.get(`/api/baas/orders/${placed.orderId}`, { headers: { authorization: `Bearer ${adminToken.token}` } });
    expect(theirs.status()).toBe(404);
  } finally {
    await demo.dispose();
    await admin.dispose();
  }
});
