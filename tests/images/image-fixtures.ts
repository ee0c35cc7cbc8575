// Test photos, generated on the spot: a real JPEG, a truncated one, a PNG "pixel bomb" that declares
// 20,000 × 20,000 pixels in ~50 KB, an SVG, a text file and an empty file.
import { deflateSync } from "node:zlib";
import sharp from "sharp";

export function makeJpeg(width = 1200, height = 900, orientation?: number): Promise<Buffer> {
  const img = sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 60 } } }).jpeg({ quality: 85 });
  return (orientation ? img.withMetadata({ orientation }) : img).toBuffer();
}

export async function makeTruncatedJpeg(): Promise<Buffer> {
  const full = await makeJpeg(1600, 1200);
  return full.subarray(0, Math.floor(full.length / 2));
}

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid 1-bit greyscale PNG of 20,000 × 20,000 pixels: all zeros compress to ~50 KB. */
export function makePixelBomb(size = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((1 + Math.ceil(size / 8)) * size);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>',
);
export const TEXT_AS_JPG = Buffer.from("This is a text file renamed cat.jpg.\n");
export const EMPTY = Buffer.alloc(0);
