// A bounded, oldest-out log: keeps the last `capacity` items and never grows beyond it.

export type RingBuffer<T> = { capacity: number; items: T[]; start: number; dropped: number };

export function createRingBuffer<T>(capacity: number): RingBuffer<T> {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be a positive integer.");
  return { capacity, items: [], start: 0, dropped: 0 };
}

export function pushRing<T>(ring: RingBuffer<T>, item: T): void {
  if (ring.items.length < ring.capacity) {
    ring.items.push(item);
    return;
  }
  ring.items[ring.start] = item;
  ring.start = (ring.start + 1) % ring.capacity;
  ring.dropped += 1;
}

/** Oldest first. */
export function ringToArray<T>(ring: RingBuffer<T>): T[] {
  return [...ring.items.slice(ring.start), ...ring.items.slice(0, ring.start)];
}
