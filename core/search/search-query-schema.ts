// The search form / function query. Bad input is normalised, never rejected: a 1,000-character or
// odd-character query still gets a results page.
// zod/mini (decision 007): the serverless SPA parses its search page's query with this same schema in the browser.
import * as z from "zod/mini";
import { coercedInt } from "../catalog/catalog-schemas";

export const MAX_QUERY_LENGTH = 200;

const optionalDollars = z.pipe(
  z.optional(z.union([z.string(), z.number()])),
  z.transform((v) => {
    if (v === undefined || v === "") return undefined;
    const n = typeof v === "number" ? v : Number(v);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
  }),
);

/** An optional string that never fails (anything else counts as absent), then normalised by `normalise`. */
const lenientString = <T>(normalise: (v: string | undefined) => T) =>
  z.pipe(z.catch(z.optional(z.string()), undefined), z.transform(normalise));

export const searchQuerySchema = z.object({
  q: lenientString((v) =>
    (v ?? "")
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .trim()
      .slice(0, MAX_QUERY_LENGTH),
  ),
  category: lenientString((v) => (v && /^[a-z0-9-]{1,64}$/.test(v) ? v : undefined)),
  minPrice: z.catch(optionalDollars, undefined),
  maxPrice: z.catch(optionalDollars, undefined),
  page: z._default(z.catch(coercedInt(z.minimum(1), z.maximum(10_000)), 1), 1),
  pageSize: z._default(z.catch(coercedInt(z.minimum(1), z.maximum(60)), 12), 12),
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
