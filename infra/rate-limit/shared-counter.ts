// A per-caller request counter in the database (table RateLimitWindow), shared by every app instance on it.
//
// One atomic upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING) counts requests, so parallel requests on one
// instance or several each get their own count and none is lost. A caller's one-minute window starts with its
// first request and a new one starts when it is over — in the same statement.
//
// SQLite takes one write at a time, so a burst of requests from one caller (a classroom behind one address, the
// load generator) would queue one write each. Instead, requests for a key that arrive while its write is in
// flight wait together and are counted by ONE next write that adds how many they are; each is told its own place
// in the count. That is still exact across instances: only fewer, larger increments.
//
// The count is written on the process's own libSQL client (infra/db/sql-client.ts), like an order, not through
// Prisma: every gateway call waits for it, and through Prisma one write cost ~0.27 ms of the main thread per
// purchase (7 % of it), most of it Prisma's own work around a one-statement query. Pruning and resetting are rare
// and stay on Prisma.
import { untracedPrisma } from "../db/untraced-prisma";
import { retryBusy } from "../db/retry-busy";
import { sqlBookkeepingWrite } from "../db/sql-client";

export const WINDOW_MS = 60_000;

export type Counted = { count: number; windowStartMs: number };
type Waiter = { resolve: (c: Counted) => void; reject: (e: unknown) => void };
type Counters = { waiting: Map<string, Waiter[]>; writing: Set<string> };

// Process-wide: every route bundle Next loads counts through the same batches.
const holder = globalThis as unknown as { __sharedCounters?: Counters };
const counters = (): Counters => (holder.__sharedCounters ??= { waiting: new Map(), writing: new Set() });

async function add(key: string, n: number, now: number): Promise<Counted> {
  // In an UPDATE, SQLite reads every column as it was before the row changed, so both CASEs see the old window.
  const stale = now - WINDOW_MS;
  const { rows } = await sqlBookkeepingWrite({
    sql: `INSERT INTO "RateLimitWindow" ("key", "windowStartMs", "count") VALUES (?, ?, ?)
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "windowStartMs" <= ? THEN ? ELSE "count" + ? END,
          "windowStartMs" = CASE WHEN "windowStartMs" <= ? THEN ? ELSE "windowStartMs" END
        RETURNING "count", "windowStartMs"`,
    args: [key, now, n, stale, n, n, stale, now],
  });
  return { count: Number(rows[0]!.count), windowStartMs: Number(rows[0]!.windowStartMs) };
}

async function flush(key: string): Promise<void> {
  const { waiting, writing } = counters();
  const batch = waiting.get(key);
  if (!batch || writing.has(key)) return;
  waiting.delete(key);
  writing.add(key);
  try {
    const { count, windowStartMs } = await add(key, batch.length, Date.now());
    const first = count - batch.length;
    batch.forEach((w, i) => w.resolve({ count: first + i + 1, windowStartMs }));
  } catch (e) {
    for (const w of batch) w.reject(e);
  } finally {
    writing.delete(key);
    if (waiting.has(key)) void flush(key);
  }
}

/** Counts one request for `key`: its place in the caller's current window, and when that window began. */
export function countRequest(key: string): Promise<Counted> {
  const { waiting } = counters();
  return new Promise<Counted>((resolve, reject) => {
    const batch = waiting.get(key) ?? [];
    batch.push({ resolve, reject });
    waiting.set(key, batch);
    void flush(key);
  });
}

/** Drops the rows of callers quiet for two windows. */
export async function pruneQuietCounters(now = Date.now()): Promise<void> {
  await untracedPrisma.rateLimitWindow.deleteMany({ where: { windowStartMs: { lt: BigInt(now - 2 * WINDOW_MS) } } }).catch(() => undefined);
}

/** Every counter back to zero (tests, classroom demos), for every instance on this database. */
export async function resetCounters(): Promise<void> {
  await retryBusy(() => untracedPrisma.rateLimitWindow.deleteMany({}));
}
