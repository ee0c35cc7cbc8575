// Integration: an anonymous cart and "recently viewed" list move to the account on login.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { hashSessionId, newSessionId } from "../session/session-cookie";
import { startUserSession } from "./start-user-session";

let petIds: number[] = [];
const tag = `merge-${Date.now()}`;

beforeAll(async () => {
  const category = await prisma.category.create({ data: { slug: tag, name: "Merge test", description: "", emoji: "🐾" } });
  const pets = await Promise.all(
    [1, 2, 3].map((n) =>
      prisma.pet.create({
        data: {
          name: `${tag}-${n}`,
          species: "Dog",
          breed: "Mutt",
          description: "",
          priceCents: 1000 * n,
          stock: 10,
          categoryId: category.id,
        },
      }),
    ),
  );
  petIds = pets.map((p) => p.id);
});

async function newUser() {
  return prisma.user.create({ data: { email: `${tag}-${Math.random().toString(36).slice(2)}@merge.test`, name: "Merger" } });
}

function pet(i: number): number {
  const id = petIds[i];
  if (id === undefined) throw new Error("pets not created");
  return id;
}

describe("startUserSession merges anonymous state", () => {
  it("hands the anonymous cart over whole when the account has none", async () => {
    const user = await newUser();
    const sidHash = hashSessionId(newSessionId());
    await prisma.cart.create({ data: { ownerKey: `s:${sidHash}`, items: { create: [{ petId: pet(0), quantity: 2 }] } } });
    await startUserSession(user.id, { sidHash });
    const cart = await prisma.cart.findUniqueOrThrow({ where: { ownerKey: `u:${user.id}` }, include: { items: true } });
    expect(cart.items.map((i) => [i.petId, i.quantity])).toEqual([[pet(0), 2]]);
    expect(await prisma.cart.findUnique({ where: { ownerKey: `s:${sidHash}` } })).toBeNull();
  });

  it("merges into an existing account cart keeping the larger quantity, and moves recently viewed", async () => {
    const user = await newUser();
    const sidHash = hashSessionId(newSessionId());
    await prisma.cart.create({
      data: {
        ownerKey: `u:${user.id}`,
        items: {
          create: [
            { petId: pet(0), quantity: 3 },
            { petId: pet(1), quantity: 1 },
          ],
        },
      },
    });
    await prisma.cart.create({
      data: {
        ownerKey: `s:${sidHash}`,
        items: {
          create: [
            { petId: pet(0), quantity: 1 },
            { petId: pet(1), quantity: 4 },
            { petId: pet(2), quantity: 2 },
          ],
        },
      },
    });
    const old = new Date("2026-01-01T00:00:00Z");
    const newer = new Date("2026-02-01T00:00:00Z");
    await prisma.recentlyViewed.create({ data: { ownerKey: `u:${user.id}`, petId: pet(0), viewedAt: old } });
    await prisma.recentlyViewed.createMany({
      data: [
        { ownerKey: `s:${sidHash}`, petId: pet(0), viewedAt: newer },
        { ownerKey: `s:${sidHash}`, petId: pet(2), viewedAt: old },
      ],
    });

    await startUserSession(user.id, { sidHash });

    const items = await prisma.cartItem.findMany({ where: { cart: { ownerKey: `u:${user.id}` } }, orderBy: { petId: "asc" } });
    expect(items.map((i) => [i.petId, i.quantity])).toEqual([
      [pet(0), 3],
      [pet(1), 4],
      [pet(2), 2],
    ]);
    expect(await prisma.cart.count({ where: { ownerKey: `s:${sidHash}` } })).toBe(0);

    const viewed = await prisma.recentlyViewed.findMany({ where: { ownerKey: `u:${user.id}` }, orderBy: { petId: "asc" } });
    expect(viewed.map((v) => [v.petId, v.viewedAt.toISOString()])).toEqual([
      [pet(0), newer.toISOString()],
      [pet(2), old.toISOString()],
    ]);
    expect(await prisma.recentlyViewed.count({ where: { ownerKey: `s:${sidHash}` } })).toBe(0);
  });

  it("removes the previous session's row when a signed-in browser logs in again", async () => {
    const a = await newUser();
    const b = await newUser();
    const first = await startUserSession(a.id, { sidHash: undefined });
    const second = await startUserSession(b.id, { sidHash: hashSessionId(first) });
    expect(await prisma.session.findUnique({ where: { idHash: hashSessionId(first) } })).toBeNull();
    expect((await prisma.session.findUniqueOrThrow({ where: { idHash: hashSessionId(second) } })).userId).toBe(b.id);
  });
});
