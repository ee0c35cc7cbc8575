// The monolith's in-process index against the real (test) database: it follows catalog changes — a new
// pet, a stock change after a purchase, a removed pet — without serving stale results. The app's own writes
// (order-store, write-image-metadata) note the change for the catalog cache; these direct writes do so by
// hand, as those paths would.
import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "../../core/search/search-query-schema";
import { prisma } from "../../infra/db/prisma-client";
import { makeCategory, makePet, uid } from "../../tests/db-fixtures";
import { noteCatalogChanged } from "../../infra/catalog/catalog-changes";
import { searchCatalog } from "./search-catalog";

const find = async (name: string) => (await searchCatalog(parseSearchQuery({ q: name }))).hits.filter((h) => h.name === name);

describe("searchCatalog (monolith, in process)", () => {
  it("sees a new pet, a changed stock and a removed pet on the next search", async () => {
    const categoryId = await makeCategory();
    const name = `Zephyrine${uid()}`;
    expect(await find(name)).toEqual([]);

    const pet = await makePet(categoryId, { name, stock: 7 });
    noteCatalogChanged();
    expect((await find(name)).map((h) => [h.id, h.stock])).toEqual([[pet.id, 7]]);

    await prisma.pet.update({ where: { id: pet.id }, data: { stock: 6 } });
    noteCatalogChanged();
    expect((await find(name)).map((h) => h.stock)).toEqual([6]);

    await prisma.pet.delete({ where: { id: pet.id } });
    noteCatalogChanged();
    expect(await find(name)).toEqual([]);
  });
});
