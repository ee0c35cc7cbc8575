import "server-only";
// ARCH: the monolith's form post and its image consumer share a process, so the photo the post just received is
// handed to the consumer in memory instead of being read back from storage (the original is still stored first:
// after a restart, or when this copy was dropped, the consumer reads it from there). The serverless steps are
// separate functions and read what they need from blob storage.
// Bounded: at most MAX_PHOTOS photos and MAX_BYTES in all; the oldest is dropped first, and a photo is taken
// (removed) by the consumer's first attempt.
const MAX_PHOTOS = 8;
const MAX_BYTES = 64 * 1024 * 1024;

const holder = globalThis as unknown as { __imageHandOff?: Map<string, Buffer> };
const photos = () => (holder.__imageHandOff ??= new Map());

export function handOffOriginal(imageId: string, bytes: Buffer): void {
  const map = photos();
  map.set(imageId, bytes);
  let total = 0;
  for (const b of map.values()) total += b.byteLength;
  for (const [id, b] of map) {
    if (map.size <= MAX_PHOTOS && total <= MAX_BYTES) break;
    map.delete(id);
    total -= b.byteLength;
  }
}

export function takeHandedOffOriginal(imageId: string): Buffer | undefined {
  const map = photos();
  const bytes = map.get(imageId);
  map.delete(imageId);
  return bytes;
}
