// (Not server-only: the purchase and pet writes that call it also run in scripts and tests.)
// A process-wide counter of catalog changes: every write that changes what a catalog page shows (a purchase
// takes stock, a new pet arrives) bumps it, and a cache of catalog reads (monolith/catalog/catalog-cache.ts)
// throws away everything it holds from an older generation. In-process only: another process or server
// instance writing the same database does not bump it, which is why that cache also has a short lifetime.
const holder = globalThis as unknown as { __catalogGeneration?: number };

export function catalogGeneration(): number {
  return holder.__catalogGeneration ?? 0;
}

/** Call after a committed write that changes stock, prices or which pets exist. */
export function noteCatalogChanged(): void {
  holder.__catalogGeneration = catalogGeneration() + 1;
}
