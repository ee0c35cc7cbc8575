// The search form / function query. Bad input is normalised, never rejected: a 1,000-character or
// odd-character query still gets a results page.
import { z } from "zod";

export const MAX_QUERY_LENGTH = 200;

const optionalDollars = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => {
    if (v === undefined || v === "") return undefined;
    const n = typeof v === "number" ? v : Number(v);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
  });

export const searchQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) =>
      (v ?? "")
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .trim()
        .slice(0, MAX_QUERY_LENGTH),
    ),
  category: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => (v && /^[a-z0-9-]{1,64}$/.test(v) ? v : undefined)),
  minPrice: optionalDollars.catch(undefined),
  maxPrice: optionalDollars.catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(60).catch(12).default(12),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** Parses URLSearchParams-like input (first value wins for repeated keys). */
export function parseSearchQuery(params: Record<string, string | string[] | undefined>): SearchQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return searchQuerySchema.parse({
    q: first(params.q),
    category: first(params.category),
    minPrice: first(params.minPrice),
    maxPrice: first(params.maxPrice),
    page: first(params.page),
    pageSize: first(params.pageSize),
  });
}
