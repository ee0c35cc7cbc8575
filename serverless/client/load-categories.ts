// Categories change rarely and several views want them (home, search filters): one read per minute is
// plenty, shared by every view that asks meanwhile.
import type { CategoryDto } from "@/core/catalog/pet-dto";
import { callApi } from "./data-api";
import { categoriesResponseSchema } from "@/core/contract/serverless-api";
import { CATEGORIES_URL } from "@/core/contract/catalog-read-urls";

const KEEP_MS = 60_000;
let cached: { at: number; promise: Promise<CategoryDto[]> } | null = null;

export function loadCategories(): Promise<CategoryDto[]> {
  if (!cached || Date.now() - cached.at > KEEP_MS) {
    const promise = callApi(categoriesResponseSchema, CATEGORIES_URL).then((r) => r.categories);
    const entry = { at: Date.now(), promise };
    cached = entry;
    // A failed read is not remembered: the next view (or Retry) asks again.
    promise.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.promise;
}
