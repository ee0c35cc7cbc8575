// The monolith's catalog cache: reused while nothing changed, emptied by a change in this process, bounded in
// age (writes by another process) and in size, and a failed read is not kept.
import { describe, expect, it } from "vitest";
import { noteCatalogChanged } from "../../infra/catalog/catalog-changes";
import { MAX_AGE_MS, MAX_ENTRIES, cachedCatalogRead, catalogCacheSize } from "./catalog-cache";

function counter() {
  let loads = 0;
  return { load: async () => ++loads, loads: () => loads };
}

describe("cachedCatalogRead", () => {
  it("reuses a read until the catalog changes in this process", async () => {
    const c = counter();
    const t = 1_000_000;
    expect(await cachedCatalogRead("k1", c.load, t)).toBe(1);
    expect(await cachedCatalogRead("k1", c.load, t + 10)).toBe(1);
    noteCatalogChanged();
    expect(await cachedCatalogRead("k1", c.load, t + 20)).toBe(2);
    expect(c.loads()).toBe(2);
  });

  it("reads again once an entry is MAX_AGE_MS old (another process may have written)", async () => {
    const c = counter();
    const t = 2_000_000;
    await cachedCatalogRead("k2", c.load, t);
    expect(await cachedCatalogRead("k2", c.load, t + MAX_AGE_MS - 1)).toBe(1);
    expect(await cachedCatalogRead("k2", c.load, t + MAX_AGE_MS)).toBe(2);
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const load = async () => {
      if (fail) throw new Error("database is locked");
      return "ok";
    };
    await expect(cachedCatalogRead("k3", load)).rejects.toThrow("locked");
    fail = false;
    expect(await cachedCatalogRead("k3", load)).toBe("ok");
  });

  it("holds at most MAX_ENTRIES entries", async () => {
    for (let i = 0; i < MAX_ENTRIES + 50; i++) await cachedCatalogRead(`many:${i}`, async () => i);
    expect(catalogCacheSize()).toBe(MAX_ENTRIES);
  });
});
