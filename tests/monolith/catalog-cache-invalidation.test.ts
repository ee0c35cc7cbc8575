// The monolith's in-process catalog cache against the real (test) database: the app's own writes empty it at
// once — a monolith checkout, the serverless purchase function, a new pet from the image pipelines' metadata
// step — so this process shows a sold-out pet as sold out (and a new pet as there) on the very next read,
// not MAX_AGE_MS later. Each test first shows the cache really is holding a read (a direct write, which notes
// no change, is not seen yet), so an app write that forgot to note its change would fail here.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as purchase } from "@/app/api/functions/purchase/route";
import { prisma } from "../../infra/db/prisma-client";
import { writeImageMetadata } from "../../infra/images/write-image-metadata";
import { addToCart } from "../../monolith/cart/add-to-cart";
import { cachedCategoryPets, cachedPet } from "../../monolith/catalog/cached-catalog";
import { checkOutCart } from "../../monolith/orders/check-out-cart";
import { resetThrottles } from "@/infra/throttle/throttle";
import { resetFunctionInstances, setRuntimeLimits } from "../../serverless/runtime/function-runtime";
import { makeCategory, makePet, makeUser, stockOf, uid } from "../db-fixtures";
import { call, userToken } from "../serverless/serverless-test-helpers";

let categoryId: number;
let categorySlug: string;
beforeAll(async () => {
  categoryId = await makeCategory();
  categorySlug = (await prisma.category.findUniqueOrThrow({ where: { id: categoryId }, select: { slug: true } })).slug;
});

beforeEach(async () => {
  await resetThrottles();
  resetFunctionInstances();
  setRuntimeLimits({});
});

/** A pet with one left, read through the cache; proves the cache holds that read (a silent rename is not seen). */
async function lastOneCached() {
  const pet = await makePet(categoryId, { stock: 1 });
  expect((await cachedPet(pet.id))?.stock).toBe(1);
  await prisma.pet.update({ where: { id: pet.id }, data: { name: `${pet.name} renamed` } });
  expect((await cachedPet(pet.id))?.name).toBe(pet.name);
  return pet;
}

describe("monolith catalog cache: emptied by the app's own catalog writes", () => {
  it("a monolith checkout of the last one shows the pet sold out on the next read", async () => {
    const pet = await lastOneCached();
    const userId = await makeUser();
    await addToCart(`u:${userId}`, { petId: pet.id, quantity: 1 });
    await checkOutCart(userId, randomUUID());
    expect(await stockOf(pet.id)).toBe(0);
    const after = await cachedPet(pet.id);
    expect(after?.stock).toBe(0);
    expect(after?.name).toBe(`${pet.name} renamed`);
  });

  it("a purchase through the serverless purchase function empties the monolith's cache too (same process)", async () => {
    const pet = await lastOneCached();
    const token = await userToken(await makeUser());
    const res = await call(purchase, "/api/functions/purchase", {
      token,
      method: "POST",
      body: JSON.stringify({ items: [{ petId: pet.id, quantity: 1 }], idempotencyKey: `k-${randomUUID()}` }),
    });
    expect(res.status).toBe(201);
    expect(await stockOf(pet.id)).toBe(0);
    expect((await cachedPet(pet.id))?.stock).toBe(0);
  });

  it("a refused purchase (sold out) changes nothing, and the cache keeps its read", async () => {
    const pet = await makePet(categoryId, { stock: 0 });
    expect((await cachedPet(pet.id))?.stock).toBe(0);
    await prisma.pet.update({ where: { id: pet.id }, data: { name: `${pet.name} renamed` } });
    const token = await userToken(await makeUser());
    const res = await call(purchase, "/api/functions/purchase", {
      token,
      method: "POST",
      body: JSON.stringify({ items: [{ petId: pet.id, quantity: 1 }], idempotencyKey: `k-${randomUUID()}` }),
    });
    expect(res.status).toBe(409);
    expect((await cachedPet(pet.id))?.name).toBe(pet.name);
  });

  it("a new pet from the image pipelines' metadata step shows on its category page at once", async () => {
    const before = await cachedCategoryPets(categorySlug, 1);
    expect(before).not.toBeNull();
    // The cache holds the page: a pet added behind its back is not listed yet.
    const silent = await makePet(categoryId, { name: `Silent ${uid()}` });
    expect((await cachedCategoryPets(categorySlug, 1))?.pets.total).toBe(before!.pets.total);

    const imageId = randomUUID();
    const name = `Arrival ${uid()}`;
    await prisma.imageUpload.create({
      data: {
        id: imageId,
        via: "monolith",
        draft: JSON.stringify({ name, categorySlug, priceCents: 9_900, stock: 3 }),
        originalKey: `originals/${imageId}`,
      },
    });
    const { petId, created } = await writeImageMetadata({
      imageId,
      width: 1600,
      height: 1200,
      keys: { 160: `t/${imageId}-160.webp`, 480: `t/${imageId}-480.webp`, 960: `t/${imageId}-960.webp` },
    });
    expect(created).toBe(true);
    const after = await cachedCategoryPets(categorySlug, 1);
    expect(after?.pets.total).toBe(before!.pets.total + 2);
    expect(after?.pets.items.map((p) => p.id)).toEqual(expect.arrayContaining([petId, silent.id]));
  });
});
