// Writes public/category-icons/{slug}.svg: each seeded category's picture as an SVG file, drawn from the same
// emoji set as the pet pictures (@iconify-json/fluent-emoji). The store shows these instead of the category's
// emoji character, which renders as an empty box on machines without an emoji font. The files are committed;
// run `npx tsx scripts/write-category-icons.ts` again only when the categories change.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CATEGORY_ICON_SLUGS } from "../components/category-icon";

const ICON_FOR: Record<(typeof CATEGORY_ICON_SLUGS)[number], string> = {
  dogs: "dog-face",
  cats: "cat-face",
  fish: "tropical-fish",
  birds: "parrot",
  reptiles: "lizard",
  "small-pets": "hamster",
};

type IconSet = { width?: number; height?: number; icons: Record<string, { body: string; width?: number; height?: number }> };
const set = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@iconify-json/fluent-emoji/icons.json"), "utf8")) as IconSet;
const outDir = path.resolve(import.meta.dirname, "../public/category-icons");
mkdirSync(outDir, { recursive: true });
for (const slug of CATEGORY_ICON_SLUGS) {
  const icon = set.icons[ICON_FOR[slug]];
  if (!icon) throw new Error(`Emoji "${ICON_FOR[slug]}" is not in @iconify-json/fluent-emoji.`);
  const w = icon.width ?? set.width ?? 32;
  const h = icon.height ?? set.height ?? 32;
  writeFileSync(path.join(outDir, `${slug}.svg`), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}">${icon.body}</svg>\n`);
  console.log(`public/category-icons/${slug}.svg`);
}
