// Renders seed pet pictures offline: an emoji from the MIT-licensed Fluent Emoji set (shipped on npm as
// @iconify-json/fluent-emoji) centred on a soft two-colour gradient, written as WebP at the thumbnail sizes.
// No network and no binary assets in git: the pictures are a pure function of (emoji, palette).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import sharp from "sharp";

/** The three sizes the Image row records (small, medium, large); squares, like every seeded picture. */
export const PICTURE_SIZES = { small: 160, medium: 480, large: 960 } as const;

export type Palette = { from: string; to: string };

// Soft pastel pairs: light enough that every emoji stays the focus, different enough that a grid of pets
// does not look copy-pasted.
export const PALETTES: readonly Palette[] = [
  { from: "#fde68a", to: "#fca5a5" },
  { from: "#bae6fd", to: "#c4b5fd" },
  { from: "#bbf7d0", to: "#99f6e4" },
  { from: "#fbcfe8", to: "#ddd6fe" },
  { from: "#fed7aa", to: "#fef08a" },
  { from: "#a5f3fc", to: "#bfdbfe" },
  { from: "#d9f99d", to: "#fde68a" },
  { from: "#e9d5ff", to: "#fbcfe8" },
  { from: "#ccfbf1", to: "#e0f2fe" },
  { from: "#fecdd3", to: "#fed7aa" },
  { from: "#e0e7ff", to: "#a7f3d0" },
  { from: "#fef3c7", to: "#d1fae5" },
  { from: "#cffafe", to: "#fae8ff" },
  { from: "#f5d0fe", to: "#bae6fd" },
  { from: "#dcfce7", to: "#fef9c3" },
  { from: "#ffe4e6", to: "#e0f2fe" },
];

type IconifyIcon = { body: string; width?: number; height?: number; left?: number; top?: number };
type IconifyAlias = { parent: string; hFlip?: boolean };
type IconifySet = {
  width?: number;
  height?: number;
  icons: Record<string, IconifyIcon>;
  aliases?: Record<string, IconifyAlias>;
};

let iconSet: IconifySet | undefined;
function loadIconSet(): IconifySet {
  // Read once (the JSON is ~20 MB); resolved through Node so it works from any working directory.
  iconSet ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve("@iconify-json/fluent-emoji/icons.json"), "utf8"),
  ) as IconifySet;
  return iconSet;
}

/** A standalone SVG document for one emoji, following aliases (the set has a few mirrored ones). */
export function emojiSvg(name: string): string {
  const set = loadIconSet();
  let icon = set.icons[name];
  let hFlip = false;
  if (!icon) {
    const alias = set.aliases?.[name];
    if (alias) {
      icon = set.icons[alias.parent];
      hFlip = alias.hFlip ?? false;
    }
  }
  if (!icon) throw new Error(`Emoji "${name}" is not in @iconify-json/fluent-emoji.`);
  const width = icon.width ?? set.width ?? 32;
  const height = icon.height ?? set.height ?? 32;
  const left = icon.left ?? 0;
  const top = icon.top ?? 0;
  const body = hFlip ? `<g transform="translate(${2 * left + width} 0) scale(-1 1)">${icon.body}</g>` : icon.body;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}">${body}</svg>`;
}

function backgroundSvg(size: number, palette: Palette): string {
  // A diagonal gradient plus a faint light spot behind the animal, so it reads as a soft "studio" backdrop.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${palette.from}"/><stop offset="1" stop-color="${palette.to}"/>
    </linearGradient>
    <radialGradient id="spot" cx="0.5" cy="0.45" r="0.5">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.55"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="100" height="100" fill="url(#bg)"/>
  <circle cx="50" cy="48" r="46" fill="url(#spot)"/>
  <ellipse cx="50" cy="88" rx="30" ry="4" fill="#000000" fill-opacity="0.07"/>
</svg>`;
}

type RawImage = { data: Buffer; width: number; height: number; channels: 4 };

// Rasterising an emoji's SVG is the slowest step (~100 ms), and many variants share an emoji: do it once.
const emojiCache = new Map<string, Promise<RawImage>>();
function rasterEmoji(name: string, px: number): Promise<RawImage> {
  const cacheKey = `${name}@${px}`;
  let cached = emojiCache.get(cacheKey);
  if (!cached) {
    cached = sharp(Buffer.from(emojiSvg(name)), { density: 72 * (px / 32) * 1.05 })
      .resize(px, px, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height, channels: 4 as const }));
    emojiCache.set(cacheKey, cached);
  }
  return cached;
}

/**
 * Composes the largest size once (kept as raw pixels: encoding an intermediate PNG would cost more than the
 * WebP encodes) and downsizes it for the smaller ones.
 */
export async function renderPetPicture(emoji: string, palette: Palette): Promise<Record<keyof typeof PICTURE_SIZES, Buffer>> {
  const size = PICTURE_SIZES.large;
  const emojiImage = await rasterEmoji(emoji, Math.round(size * 0.7));
  const left = Math.round((size - emojiImage.width) / 2);
  // Nudged up a little so the soft floor shadow shows under the animal.
  const top = Math.round((size - emojiImage.height) / 2) - Math.round(size * 0.02);
  const { data, info } = await sharp(Buffer.from(backgroundSvg(size, palette)))
    .composite([{ input: emojiImage.data, raw: emojiImage, left, top }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const webp = (px: number) => {
    const image = sharp(data, raw);
    return (px === size ? image : image.resize(px, px)).webp({ quality: 82, effort: 2 }).toBuffer();
  };
  const [small, medium, large] = await Promise.all([webp(PICTURE_SIZES.small), webp(PICTURE_SIZES.medium), webp(PICTURE_SIZES.large)]);
  return { small, medium, large };
}
