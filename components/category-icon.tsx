// A category's picture: an SVG file per seeded category (scripts/write-category-icons.ts), or the paw for any
// other. Not the category's emoji character: without an emoji font that renders as an empty box.
import { PawIcon } from "./paw-icon";

export const CATEGORY_ICON_SLUGS = ["dogs", "cats", "fish", "birds", "reptiles", "small-pets"] as const;

const HAS_ICON: ReadonlySet<string> = new Set(CATEGORY_ICON_SLUGS);

/** Decorative: the category's name is always written next to it. `size` in CSS pixels. */
export function CategoryIcon({ slug, size }: { slug: string; size: number }) {
  if (!HAS_ICON.has(slug)) return <PawIcon className="text-brand-700" size={size} />;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG; next/image adds nothing here
    <img src={`/category-icons/${slug}.svg`} alt="" width={size} height={size} aria-hidden />
  );
}
