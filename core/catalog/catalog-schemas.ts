// Validation of catalog inputs at the edge (URL segments and query strings).
import { z } from "zod";

/** A positive integer id from a URL segment; anything else is "not found", not an error page. */
export const petIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export const categorySlugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/);

/** `?page=` tolerates junk (a page, not an error): invalid or missing becomes page 1. */
export const pageParamSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
