// A small pool of rendered pictures (emoji × palette) shared by every seeded pet. Rendering is the slow part
// of seeding, so the pool is capped (~80 variants, whatever the catalog size) and rendered once: a variant
// whose files already exist in storage is skipped, which makes re-seeding and `--pets 100000` cheap.
import { cpus } from "node:os";
import type { StoragePort } from "../../core/images/storage-port";
import { BREEDS, CATEGORIES } from "./catalog-data";
import { PALETTES, PICTURE_SIZES, renderPetPicture } from "./render-pet-picture";

/** Variants per category: enough that a category page shows varied pictures, few enough to render fast. */
const VARIANTS_PER_CATEGORY = 12;

export type PictureVariant = {
  icon: string;
  palette: number;
  smallKey: string;
  mediumKey: string;
  largeKey: string;
};

function keysFor(icon: string, palette: number) {
  const base = `seed/${icon}-${palette}`;
  return {
    smallKey: `${base}/${PICTURE_SIZES.small}.webp`,
    mediumKey: `${base}/${PICTURE_SIZES.medium}.webp`,
    largeKey: `${base}/${PICTURE_SIZES.large}.webp`,
  };
}

export type PicturePool = {
  variants: readonly PictureVariant[];
  /** The picture for a pet: one of its icon's variants, chosen by id so neighbours differ. */
  pick(icon: string, petId: number): PictureVariant;
};

export function buildPicturePool(): PicturePool {
  const byIcon = new Map<string, PictureVariant[]>();
  let iconNumber = 0;
  for (const category of CATEGORIES) {
    const icons = [...new Set((BREEDS[category.slug] ?? []).map((breed) => breed.icon))];
    const perIcon = Math.max(2, Math.ceil(VARIANTS_PER_CATEGORY / icons.length));
    for (const icon of icons) {
      const list: PictureVariant[] = [];
      for (let k = 0; k < perIcon; k++) {
        // Stride 5 is coprime with 16 palettes: an icon's variants never share a palette, and different
        // icons start at different palettes.
        const palette = (iconNumber * 7 + k * 5) % PALETTES.length;
        list.push({ icon, palette, ...keysFor(icon, palette) });
      }
      byIcon.set(icon, list);
      iconNumber += 1;
    }
  }
  const variants = [...byIcon.values()].flat();
  return {
    variants,
    pick(icon, petId) {
      const list = byIcon.get(icon);
      if (!list || list.length === 0) throw new Error(`No picture variants for icon "${icon}".`);
      return list[petId % list.length]!;
    },
  };
}

/** Renders the variants that are missing from storage; returns how many were rendered. */
export async function renderMissingPictures(pool: PicturePool, storage: StoragePort): Promise<number> {
  const missing: PictureVariant[] = [];
  for (const variant of pool.variants) {
    const present = await Promise.all([variant.smallKey, variant.mediumKey, variant.largeKey].map((k) => storage.get(k)));
    if (present.some((object) => object === null)) missing.push(variant);
  }
  // sharp already uses several threads per image; one extra job per core keeps all cores busy.
  const workers = Math.max(1, Math.min(4, cpus().length));
  let next = 0;
  const work = async () => {
    while (next < missing.length) {
      const variant = missing[next++]!;
      const palette = PALETTES[variant.palette]!;
      const picture = await renderPetPicture(variant.icon, palette);
      await storage.put(variant.smallKey, picture.small, "image/webp");
      await storage.put(variant.mediumKey, picture.medium, "image/webp");
      await storage.put(variant.largeKey, picture.large, "image/webp");
    }
  };
  await Promise.all(Array.from({ length: workers }, work));
  return missing.length;
}
