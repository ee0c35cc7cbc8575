import "server-only";
// ARCH: the monolith keeps recent catalog reads (categories, featured pets, a category page's pets, one pet, which
// pets and categories exist) in its own process memory, as real monoliths do: catalog data changes only when
// stock or pets change, and both happen through writes this process makes (a purchase in either store, a new pet
// from either image pipeline), which empty the cache at once (infra/catalog/catalog-changes.ts). A write by
// another process on the same database (a second instance, `npm run seed`) shows here after at most MAX_AGE_MS.
// Data only: every page is still rendered on the server for every request. The serverless twin has no such
// cache: each data-API call (serverless/data-api/) reads the database, as a stateless function must.
import { catalogGeneration } from "../../infra/catalog/catalog-changes";

/** How long a read may be reused without a change in this process (the bound on another instance's writes). */
export const MAX_AGE_MS = 5_000;
/** Bound on the entries held (category pages × page numbers, pets): the oldest goes first. */
export const MAX_ENTRIES = 2_000;

type Entry = { generation: number; at: number; value: Promise<unknown> };
const holder = globalThis as unknown as { __monolithCatalogCache?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  holder.__monolithCatalogCache ??= new Map();
  return holder.__monolithCatalogCache;
}

/**
 * The value of `load()` for `key`, reused while no catalog change happened in this process and it is younger
 * than MAX_AGE_MS. Concurrent callers share one load; a failed load is not kept.
 */
export function cachedCatalogRead<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const map = entries();
  const generation = catalogGeneration();
  const hit = map.get(key);
  if (hit && hit.generation === generation && now - hit.at < MAX_AGE_MS) return hit.value as Promise<T>;
  const value = load();
  map.delete(key); // re-inserted last: Map order is the eviction order
  map.set(key, { generation, at: now, value });
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
  value.catch(() => {
    if (map.get(key)?.value === value) map.delete(key);
  });
  return value;
}

/** Number of entries held (for tests and the memory note in docs/performance.md). */
export function catalogCacheSize(): number {
  return entries().size;
}
