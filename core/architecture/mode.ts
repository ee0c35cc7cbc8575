// The two architectures the store ships as, and the store paths that exist in both (the public contract's
// page list): one definition instead of a `"monolith" | "serverless"` union and a hand-built URL per file.

export const MODES = ["monolith", "serverless"] as const;

export type Mode = (typeof MODES)[number];

/** The mode named by `value` (a route segment, a query or form field), or undefined for anything else. */
export function parseMode(value: unknown): Mode | undefined {
  return typeof value === "string" && (MODES as readonly string[]).includes(value) ? (value as Mode) : undefined;
}

/** A store's address: one of the two architectures, or the hybrid store between them (`/hybrid`). */
export type Store = Mode | "hybrid";

/** Paths of the store pages both architectures serve, e.g. `storePaths("monolith").pet(7)` → `/monolith/pets/7`. */
export function storePaths(mode: Store) {
  const base = `/${mode}`;
  return {
    home: base,
    category: (slug: string) => `${base}/category/${encodeURIComponent(slug)}`,
    pet: (id: number | string) => `${base}/pets/${encodeURIComponent(String(id))}`,
    search: (q = "") => `${base}/search?q=${encodeURIComponent(q)}`,
    cart: `${base}/cart`,
    checkout: `${base}/checkout`,
    orders: `${base}/orders`,
    login: `${base}/login`,
    register: `${base}/register`,
    admin: `${base}/admin`,
  } as const;
}

export type StorePaths = ReturnType<typeof storePaths>;
