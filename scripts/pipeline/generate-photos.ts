// The bench's and crash test's photos: distinct JPEGs (1600×1200 q85 unless asked otherwise), drawn with sharp from a seeded
// gradient-and-noise pattern so they compress like photos and every run gets the same bytes.
import sharp from "sharp";

export async function generatePhotos(count: number, width = 1600, height = 1200, quality = 85): Promise<Buffer[]> {
  const photos: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const pixels = Buffer.alloc(width * height * 3);
    let seed = 1234 + i * 7919;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const noise = (seed >> 16) & 31;
        const o = (y * width + x) * 3;
        pixels[o] = (x * 255) / width + noise;
        pixels[o + 1] = (y * 255) / height + noise;
        pixels[o + 2] = ((x + y + i * 40) % 256) ^ noise;
      }
    }
    photos.push(
      await sharp(pixels, { raw: { width, height, channels: 3 } })
        .jpeg({ quality })
        .toBuffer(),
    );
  }
  return photos;
}
