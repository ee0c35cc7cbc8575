// The hybrid store's migration state: for each of the six capabilities, which architecture serves it now.
// One definition (zod) for the API body, the per-browser cookie and the class-wide database row.
import { z } from "zod";

export const CAPABILITIES = ["auth", "pages", "catalog", "search", "purchase", "images"] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const SIDES = ["monolith", "serverless"] as const;
export type Side = (typeof SIDES)[number];

const side = z.enum(SIDES);

export const migrationStateSchema = z
  .object({ auth: side, pages: side, catalog: side, search: side, purchase: side, images: side })
  .strict();

export type MigrationState = z.infer<typeof migrationStateSchema>;

export const CAPABILITY_LABELS: Record<Capability, string> = {
  auth: "Auth",
  pages: "Pages and cart",
  catalog: "Catalog reads",
  search: "Search",
  purchase: "Purchase",
  images: "Image pipeline",
};

const everywhere = (s: Side): MigrationState => ({ auth: s, pages: s, catalog: s, search: s, purchase: s, images: s });

export const ALL_MONOLITH: MigrationState = everywhere("monolith");
export const ALL_SERVERLESS: MigrationState = everywhere("serverless");

/** Compact form for a cookie or a URL: one letter per capability in CAPABILITIES order, e.g. "mmmsmm". */
export function encodeMigrationState(state: MigrationState): string {
  return CAPABILITIES.map((c) => (state[c] === "monolith" ? "m" : "s")).join("");
}

/** The state named by `encodeMigrationState`'s form, or undefined for anything else. */
export function decodeMigrationState(value: unknown): MigrationState | undefined {
  if (typeof value !== "string" || !/^[ms]{6}$/.test(value)) return undefined;
  const state = { ...ALL_MONOLITH };
  CAPABILITIES.forEach((c, i) => (state[c] = value[i] === "s" ? "serverless" : "monolith"));
  return state;
}

/** All 64 combinations, all-monolith first. */
export function allMigrationStates(): MigrationState[] {
  return Array.from({ length: 64 }, (_, n) => decodeMigrationState(CAPABILITIES.map((_, i) => ((n >> (5 - i)) & 1 ? "s" : "m")).join(""))!);
}

export function sameMigrationState(a: MigrationState, b: MigrationState): boolean {
  return CAPABILITIES.every((c) => a[c] === b[c]);
}

/** Which capabilities still run in the monolith. */
export function stillInMonolith(state: MigrationState): Capability[] {
  return CAPABILITIES.filter((c) => state[c] === "monolith");
}
