// The purchase function through the gateway: bad input is always a 400 (never a 500), prices come from the
// catalog, stock never oversells under concurrency, an idempotency key yields one order.
import { beforeEach, describe, expect, it } from "vitest";
import { POST as purchase, GET as purchaseGet } from "@/app/api/functions/purchase/route";
import { prisma } from "@/infra/db/prisma-client";
import { resetThrottles } from "@/infra/throttle/throttle";
import { resetFunctionInstances, setRuntimeLimits } from "@/serverless/runtime/function-runtime";
import { call, createCategory, createPet, createUser, unique, userToken } from "./serverless-test-helpers";
import { purchaseResponseSchema } from "../../core/contract/serverless-api";

beforeEach(async () => {
  await resetThrottles();
  resetFunctionInstances();
  setRuntimeLimits({});
});

type ErrorBody = { error: { code: string; message: string } };

function buy(token: string, body: unknown) {
  return call(purchase, "/api/functions/purchase", { token, method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });
}

describe("POST /api/functions/purchase", () => {
  it("places an order at catalog prices (a tampered price is ignored) → 201 { orderId, totalCents }", async () => {
    const cat = await createCategory();
    const pet = await createPet(cat.id, { priceCents: 2_550, stock: 4 });
    const user = await createUser("buyer");
    const res = await buy(await userToken(user.id), {
      items: [{ petId: pet.id, quantity: 2, price: 0.01 }],
      idempotencyKey: unique("k"),
      total: 0.02,
      price: 0,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("x-served-by")).toBe("function:purchase");
    expect(res.headers.get("x-instance-id")).toMatch(/^purchase-\d+$/);
    const body = purchaseResponseSchema.parse(await res.json());
    expect(body.totalCents).toBe(5100);
    const order = await prisma.order.findUniqueOrThrow({ where: { id: body.orderId }, include: { lines: true } });
    expect(order).toMatchObject({ userId: user.id, totalCents: 5_100, placedVia: "serverless" });
    expect(order.lines[0]).toMatchObject({ petId: pet.id, unitPriceCents: 2_550, quantity: 2 });
    expect((await prisma.pet.findUniqueOrThrow({ where: { id: pet.id } })).stock).toBe(2);
  });

  it("answers every kind of bad input with 400 { error: { code, message } }, never 500", async () => {
    const cat = await createCategory();
    const pet = await createPet(cat.id, { stock: 500 });
    const token = await userToken((await createUser("bad")).id);
    const key = () => unique("bad");
    const cases: [string, unknown][] = [
      ["invalid JSON", "{not json"],
      ["empty body", ""],
      ["JSON array", "[]"],
      ["JSON null", "null"],
      ["no items", { idempotencyKey: key() }],
      ["empty items", { items: [], idempotencyKey: key() }],
      ["items not a list", { items: "3 cats", idempotencyKey: key() }],
      ["zero quantity", { items: [{ petId: pet.id, quantity: 0 }], idempotencyKey: key() }],
      ["negative quantity", { items: [{ petId: pet.id, quantity: -2 }], idempotencyKey: key() }],
      ["fractional quantity", { items: [{ petId: pet.id, quantity: 1.5 }], idempotencyKey: key() }],
      ["huge quantity", { items: [{ petId: pet.id, quantity: 1e12 }], idempotencyKey: key() }],
      ["quantity as text", { items: [{ petId: pet.id, quantity: "lots" }], idempotencyKey: key() }],
      ["petId as object", { items: [{ petId: { $gt: 0 }, quantity: 1 }], idempotencyKey: key() }],
      ["negative petId", { items: [{ petId: -1, quantity: 1 }], idempotencyKey: key() }],
      ["petId beyond int range", { items: [{ petId: 9_999_999_999, quantity: 1 }], idempotencyKey: key() }],
      [
        "same pet twice",
        {
          items: [
            { petId: pet.id, quantity: 1 },
            { petId: pet.id, quantity: 1 },
          ],
          idempotencyKey: key(),
        },
      ],
      ["missing idempotency key", { items: [{ petId: pet.id, quantity: 1 }] }],
      ["short idempotency key", { items: [{ petId: pet.id, quantity: 1 }], idempotencyKey: "abc" }],
      ["idempotency key with odd characters", { items: [{ petId: pet.id, quantity: 1 }], idempotencyKey: "<script>alert(1)</script>" }],
    ];
    for (const [label, body] of cases) {
      const res = await buy(token, body);
      const json = (await res.json()) as ErrorBody;
      expect({ label, status: res.status, code: json.error?.code }).toEqual({ label, status: 400, code: "bad_request" });
      expect(json.error.message.length, label).toBeGreaterThan(5);
    }
    expect((await prisma.pet.findUniqueOrThrow({ where: { id: pet.id } })).stock).toBe(500);
  });

  it("an unknown pet → 400 bad_request (issue 3: unknown pets are a bad body), out of stock → 409", async () => {
    const cat = await createCategory();
    const pet = await createPet(cat.id, { stock: 1 });
    const token = await userToken((await createUser("oos")).id);
    const unknown = await buy(token, { items: [{ petId: 2_000_000_000, quantity: 1 }], idempotencyKey: unique("k") });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as ErrorBody).error).toMatchObject({
      code: "bad_request",
      message: "Pet #2000000000 is not in the store.",
    });
    const tooMany = await buy(token, { items: [{ petId: pet.id, quantity: 2 }], idempotencyKey: unique("k") });
    expect(tooMany.status).toBe(409);
    expect(((await tooMany.json()) as ErrorBody).error).toMatchObject({ code: "out_of_stock", message: expect.stringMatching(/Only 1/) });
  });

  it("a huge body → 413, a GET → 405 with Allow: POST", async () => {
    const token = await userToken((await createUser("big")).id);
    const res = await buy(token, JSON.stringify({ items: [], idempotencyKey: "x".repeat(20_000) }));
    expect(res.status).toBe(413);
    const get = await call(purchaseGet, "/api/functions/purchase", { token });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });

  it("10 concurrent buyers for a stock of 3 → exactly 3 orders, the rest 409, stock 0", async () => {
    const cat = await createCategory();
    const pet = await createPet(cat.id, { stock: 3 });
    const users = await Promise.all(Array.from({ length: 10 }, () => createUser("race")));
    const tokens = await Promise.all(users.map((u) => userToken(u.id)));
    const results = await Promise.all(
      tokens.map((t) => buy(t, { items: [{ petId: pet.id, quantity: 1 }], idempotencyKey: unique("race") })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 409, 409, 409, 409, 409, 409, 409]);
    expect(await prisma.order.count({ where: { lines: { some: { petId: pet.id } } } })).toBe(3);
    expect((await prisma.pet.findUniqueOrThrow({ where: { id: pet.id } })).stock).toBe(0);
  });

  it("the same idempotency key sent 5 times at once → one order, every answer 201 with the same body", async () => {
    const cat = await createCategory();
    const pet = await createPet(cat.id, { stock: 10, priceCents: 1_000 });
    const user = await createUser("idem");
    const token = await userToken(user.id);
    const body = { items: [{ petId: pet.id, quantity: 1 }], idempotencyKey: unique("same") };
    const results = await Promise.all(Array.from({ length: 5 }, () => buy(token, body)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const bodies = await Promise.all(results.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(await prisma.order.count({ where: { userId: user.id } })).toBe(1);
    expect((await prisma.pet.findUniqueOrThrow({ where: { id: pet.id } })).stock).toBe(9);
    // and later, a replay with a different body still returns that order
    const replay = await buy(token, { ...body, items: [{ petId: pet.id, quantity: 5 }] });
    expect(replay.status).toBe(201);
    expect(await replay.json()).toEqual(bodies[0]);
  });
});
