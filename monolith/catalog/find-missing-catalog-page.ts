// Tells whether a monolith pet or category URL points at nothing, so proxy.ts can answer it with a real,
// server-rendered 404 page. Next 16 renders `notFound()` thrown from a dynamic page only on the client
// (vercel/next.js#62228: the HTML is an empty `__next_error__` shell), which would leave a visitor with
// JavaScript off staring at a blank page.
import { categorySlugSchema, petIdSchema } from "../../core/catalog/catalog-schemas";
import { cachedCategories, cachedPet } from "./cached-catalog";

export async function isMissingCatalogPage(pathname: string): Promise<boolean> {
  const pet = /^\/monolith\/pets\/([^/]+)\/?$/.exec(pathname);
  if (pet) {
    const id = petIdSchema.safeParse(pet[1]);
    return !id.success || (await cachedPet(id.data)) === null;
  }
  const category = /^\/monolith\/category\/([^/]+)\/?$/.exec(pathname);
  if (category) {
    let raw = category[1] ?? "";
    try {
      raw = decodeURIComponent(raw);
    } catch {
      return true; // malformed %-escape: not a category
    }
    const slug = categorySlugSchema.safeParse(raw);
    return !slug.success || !(await cachedCategories()).some((c) => c.slug === slug.data);
  }
  return false;
}
