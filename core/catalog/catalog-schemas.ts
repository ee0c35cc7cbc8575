// Validation of catalog inputs at the edge (URL segments and query strings).
// zod/mini (decision 007): the serverless SPA runs these in the browser too, and mini's functions tree-shake.
import * as z from "zod/mini";

/** A whole number from a URL or query string ("12" → 12); anything that is not a safe integer fails. */
export const coercedInt = (...checks: z.core.$ZodCheck<number>[]) => z.pipe(z.coerce.number(), z.int().check(...checks));

/** A positive integer id from a URL segment; anything else is "not found", not an error page. */
export const petIdSchema = coercedInt(z.positive(), z.maximum(2_147_483_647));

export const categorySlugSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9-]+$/));

/** `?page=` tolerates junk (a page, not an error): invalid or missing becomes page 1. */
export const pageParamSchema = z.catch(coercedInt(z.minimum(1), z.maximum(100_000)), 1);
