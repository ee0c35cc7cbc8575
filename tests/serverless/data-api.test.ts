// The BaaS data API: catalog reads with a read token, owner-only order reads, 405 for every write,
// and the gateway's rate limits (a 50-request burst passes; past the per-user limit → 429 + Retry-After).
import { beforeEach, describe, expect, it } from "vitest";
import * as categoriesRoute from "@/app/api/baas/categories/route";
import * as categoryPetsRoute from "@/app/api/baas/categories/[slug]/pets/route";
import * as petsRoute from "@/app/api/baas/pets/route";
import * as petRoute from "@/app/api/baas/pets/[id]/route";
import * as ordersRoute from "@/app/api/baas/orders/route";
import * as orderRoute from "@/app/api/baas/orders/[id]/route";
import { POST as purchase } from "@/app/api/functions/purchase/route";
import { env } from "@/core/config/env";
import { resetThrottles } from "@/infra/throttle/throttle";
import { resetFunctionInstances } from "@/serverless/runtime/function-runtime";
import { anonymousToken, call, createCategory, createPet, createUser, unique, userToken } from "./serverless-test-helpers";

beforeEach(async () => {
  await resetThrottles();
  resetFunctionInstances();
});

describe("catalog reads", () => {
  it("categories, featured pets, pets by ids in the order asked, a category page, a pet", async () => {
    const token = await anonymousToken();
    const cat = await createCategory("dapi");
    const a = await createPet(cat.id, { name: "Alpha", featured: true, priceCents: 500 });
    const b = await createPet(cat.id, { name: "Bravo" });

    const cats = (await (await call(categoriesRoute.GET, "/api/baas/categories", { token })).json()) as {
      categories: { slug: string; petCount: number }[];
    };
    expect(cats.categories.find((c) => c.slug === cat.slug)?.petCount).toBe(2);

    const featured = (await (await call(petsRoute.GET, "/api/baas/pets?featured=1&limit=60", { token })).json()) as {
      pets: { id: number }[];
    };
    expect(featured.pets.map((p) => p.id)).toContain(a.id);

    const byIds = (await (await call(petsRoute.GET, `/api/baas/pets?ids=${b.id},999999,${a.id}`, { token })).json()) as {
      pets: { id: number; priceCents: number }[];
    };
    expect(byIds.pets.map((p) => p.id)).toEqual([b.id, a.id]);

    const bad = await call(petsRoute.GET, "/api/baas/pets?ids=1,abc", { token });
    expect(bad.status).toBe(400);
    expect((await call(petsRoute.GET, "/api/baas/pets", { token })).status).toBe(400);

    const page = await call(categoryPetsRoute.GET, `/api/baas/categories/${cat.slug}/pets?page=1`, { token, params: { slug: cat.slug } });
    const pageBody = (await page.json()) as {
      category: { slug: string };
      pets: { items: { name: string }[]; total: number; pageCount: number };
    };
    expect(pageBody.category.slug).toBe(cat.slug);
    expect(pageBody.pets).toMatchObject({ total: 2, pageCount: 1 });
    expect(pageBody.pets.items.map((p) => p.name)).toEqual(["Alpha", "Bravo"]);
    expect(
      (await call(categoryPetsRoute.GET, "/api/baas/categories/nope/pets", { token, params: { slug: "no-such-category" } })).status,
    ).toBe(404);

    const pet = (await (await call(petRoute.GET, `/api/baas/pets/${a.id}`, { token, params: { id: String(a.id) } })).json()) as {
      pet: { id: number; description: string; priceCents: number };
    };
    expect(pet.pet).toMatchObject({ id: a.id, priceCents: 500, description: "A friendly test animal." });
    expect((await call(petRoute.GET, "/api/baas/pets/0", { token, params: { id: "0" } })).status).toBe(404);
    expect((await call(petRoute.GET, "/api/baas/pets/abc", { token, params: { id: "abc" } })).status).toBe(404);
  });

  it("every write method answers 405 with Allow: GET and a JSON error", async () => {
    const token = await userToken((await createUser("w")).id);
    const routes = [categoriesRoute, categoryPetsRoute, petsRoute, petRoute, ordersRoute, orderRoute];
    for (const route of routes) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
        const res = await call(route[method], "/api/baas/x", { token, method, body: "{}" });
        expect(res.status).toBe(405);
        expect(res.headers.get("allow")).toBe("GET");
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
      }
    }
  });
});

describe("order reads", () => {
  it("a user sees only their own orders; another user's order is a 404", async () => {
    const cat = await createCategory();
    const pet = await createPet(cat.id, { stock: 10, priceCents: 700 });
    const alice = await createUser("alice");
    const bob = await createUser("bob");
    const aliceToken = await userToken(alice.id);
    const bobToken = await userToken(bob.id);
    const first = (await (
      await call(purchase, "/api/functions/purchase", {
        token: aliceToken,
        method: "POST",
        body: JSON.stringify({ items: [{ petId: pet.id, quantity: 1 }], idempotencyKey: unique("a1") }),
      })
    ).json()) as { orderId: number };
    const second = (await (
      await call(purchase, "/api/functions/purchase", {
        token: aliceToken,
        method: "POST",
        body: JSON.stringify({ items: [{ petId: pet.id, quantity: 2 }], idempotencyKey: unique("a2") }),
      })
    ).json()) as { orderId: number };

    const list = (await (await call(ordersRoute.GET, "/api/baas/orders", { token: aliceToken })).json()) as {
      orders: { id: number; totalCents: number; placedVia: string }[];
    };
    expect(list.orders.map((o) => o.id)).toEqual([second.orderId, first.orderId]);
    expect(list.orders[0]).toMatchObject({ totalCents: 1_400, placedVia: "serverless" });

    expect(((await (await call(ordersRoute.GET, "/api/baas/orders", { token: bobToken })).json()) as { orders: unknown[] }).orders).toEqual(
      [],
    );
    const own = await call(orderRoute.GET, `/api/baas/orders/${first.orderId}`, {
      token: aliceToken,
      params: { id: String(first.orderId) },
    });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { order: { lines: { petId: number; quantity: number }[] } }).order.lines).toEqual([
      { petId: pet.id, petName: pet.name, unitPriceCents: 700, quantity: 1 },
    ]);
    const stolen = await call(orderRoute.GET, `/api/baas/orders/${first.orderId}`, {
      token: bobToken,
      params: { id: String(first.orderId) },
    });
    expect(stolen.status).toBe(404);
    expect(((await stolen.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

describe("gateway rate limits", () => {
  it("a burst of 50 requests from one client passes", async () => {
    const token = await anonymousToken();
    const results = await Promise.all(Array.from({ length: 50 }, () => call(categoriesRoute.GET, "/api/baas/categories", { token })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(50);
  });

  it(`past ${env().GATEWAY_USER_LIMIT_PER_MIN} requests a minute one user gets 429 with Retry-After and a human message`, async () => {
    const token = await userToken(900_000 + Math.floor(Math.random() * 1_000)); // no DB row needed for catalog reads
    for (let i = 0; i < env().GATEWAY_USER_LIMIT_PER_MIN; i++) {
      const res = await call(petRoute.GET, "/api/baas/pets/0", { token, params: { id: "0" } }); // 404, but it counts
      expect(res.status).toBe(404);
    }
    const limited = await call(petRoute.GET, "/api/baas/pets/0", { token, params: { id: "0" } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await limited.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/Too many requests/),
    });
    // another user is unaffected
    expect((await call(petRoute.GET, "/api/baas/pets/0", { token: await anonymousToken(), params: { id: "0" } })).status).toBe(404);
  });
});
