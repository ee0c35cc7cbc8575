// THE throttle: every limit of the app is a row of LIMITS below, and every one is counted by rate-limiter-flexible
// (decision 038). Two stores:
// - "memory": this process only — limits that guard this process (a phone flooding the classroom, a tab posting
//   spans, new visitor ids);
// - "database": table RateLimit, shared by every app instance on the database — the gateway's limits (two instances
//   must enforce ONE limit) and the sign-in and registration throttles (both stores, both instances, one count).
//
// The database store is rate-limiter-flexible's own store contract (RateLimiterStoreAbstract) with the statement
// of its SQLite store, run on the process's write turn (infra/db/sql-client.ts): one atomic upsert per count, the
// same one-statement cost the gateway paid before. Its ready-made SQLite store wants a synchronous better-sqlite3 or
// sqlite3 handle, and its Prisma store spends two Prisma queries per count (a delete of the expired row, then an
// upsert): decision 024 took the gateway's count off Prisma for costing 7 % of a purchase with ONE.
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract, type RateLimiterStoreAbstract } from "rate-limiter-flexible";
// The store base class is typed by the package but not exported from its index: taken from its own file.
import StoreAbstract from "rate-limiter-flexible/lib/RateLimiterStoreAbstract.js";
import { env, type Env } from "../../core/config/env";
import { sqlBookkeepingWrite } from "../db/sql-client";

type Limit = {
  /** Points per window: requests, or for a backoff limit the failures that cost no wait. */
  points: number | ((e: Env) => number);
  /** Seconds: a count is forgotten this long after its first point. */
  duration: number;
  /** What the caller passes as the key. */
  key: string;
  store: "memory" | "database";
  /**
   * A backoff limit counts failures: past `points` of them, each further attempt must wait first 1 wait, then
   * 2, 4 … up to `maxWaitMs`, and while a wait runs EVERY attempt is refused (the right password too, or the wait
   * would not slow a guesser down). Only one attempt at a time gets past a wait (see `attempt`).
   */
  backoff?: { firstWaitMs: number | ((e: Env) => number); maxWaitMs: number };
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const LOGIN_BACKOFF = { firstWaitMs: 1_000, maxWaitMs: 15 * 60_000 };

// prettier-ignore
export const LIMITS = {
  // name                   points                                   duration        key                       store
  "gateway-ip":          { points: (e) => e.GATEWAY_IP_LIMIT_PER_MIN,   duration: MINUTE,      key: "client address",         store: "database" },
  "gateway-user":        { points: (e) => e.GATEWAY_USER_LIMIT_PER_MIN, duration: MINUTE,      key: "user id",                store: "database" },
  // Sign-in failures (infra/users/verify-credentials.ts), with backoff. Per email AND address: a classmate failing on
  // purpose from their machine slows only their own attempts at that account.
  "login-email-address": { points: (e) => e.LOGIN_MAX_FAILURES,         duration: HOUR,        key: "email|client address",   store: "database",
                           backoff: { firstWaitMs: (e) => e.LOGIN_FIRST_WAIT_MS, maxWaitMs: LOGIN_BACKOFF.maxWaitMs } },
  // Per email over all addresses (distributed guessing); applied only to an address that has itself failed on it.
  "login-email":         { points: 20,                                  duration: HOUR,        key: "email",                  store: "database", backoff: LOGIN_BACKOFF },
  // Per address over all emails: generous, a classroom shares one NAT address. Stops spraying many emails.
  "login-address":       { points: 100,                                 duration: HOUR,        key: "client address",         store: "database", backoff: LOGIN_BACKOFF },
  // New accounts (a taken email counts too: asking whether an address has an account costs one registration).
  "registration":        { points: (e) => e.REGISTRATIONS_PER_IP,       duration: 10 * MINUTE, key: "client address",         store: "database" },
  // The classroom's student endpoints: per phone, generous enough for a room behind one NAT.
  "class-join":          { points: 60,                                  duration: MINUTE,      key: "client address",         store: "memory" },
  "class-answer":        { points: 120,                                 duration: MINUTE,      key: "client address",         store: "memory" },
  "class-events":        { points: 120,                                 duration: MINUTE,      key: "client address",         store: "memory" },
  // The audience screen's evidence (GET /api/class/evidence): one poll a second per screen; each reads the lens's store.
  "class-evidence":      { points: 240,                                 duration: MINUTE,      key: "client address",         store: "memory" },
  // The public replay pages (/class/replay/…, no key): each renders a recording of up to 5 MB. A class behind one NAT
  // opening a shared link at once stays far below it; a loop from one address does not.
  "replay-read":         { points: 240,                                 duration: MINUTE,      key: "client address",         store: "memory" },
  // Browser span posts to the lens: a tab posts one batch per action.
  "lens-post-visitor":   { points: 30,                                  duration: 30,          key: "lens visitor id",        store: "memory" },
  "lens-post-address":   { points: 300,                                 duration: 30,          key: "client address",         store: "memory" },
  // New lens visitor ids (each is a slot in the browser-span store): past it a request goes on without one.
  "visitor-mint":        { points: (e) => e.VISITORS_PER_IP,            duration: 10 * MINUTE, key: "client address",         store: "memory" },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;
type BackoffName = { [K in LimitName]: (typeof LIMITS)[K] extends { backoff: object } ? K : never }[LimitName];

const resolve = (value: number | ((e: Env) => number)) => (typeof value === "number" ? value : value(env()));

type Row = { points: number; expire: number | null };
type Waiter = { points: number; msDuration: number; resolve: (row: Row) => void; reject: (e: unknown) => void };

/**
 * rate-limiter-flexible's store contract on table RateLimit (key, points, expire in epoch ms).
 *
 * SQLite takes one write at a time, so a burst for one key (a classroom behind one address, the load generator)
 * would queue one write per request. Instead, counts for a key that arrive while its write is in flight wait
 * together and are added by ONE next write; each is given its own place in the count (what the library would
 * have answered it alone). Still exact across instances: only fewer, larger increments.
 */
class DatabaseStore extends (StoreAbstract as typeof RateLimiterStoreAbstract) {
  #waiting = new Map<string, Waiter[]>();
  #writing = new Set<string>();

  constructor(opts: { keyPrefix: string; points: number; duration: number }) {
    super({ ...opts, storeClient: "sql-client" });
  }

  _getRateLimiterRes(_rlKey: string, changedPoints: number, row: Row): RateLimiterRes {
    const points = Number(row.points);
    const msBeforeNext = row.expire === null ? -1 : Math.max(Number(row.expire) - Date.now(), 0);
    return new RateLimiterRes(Math.max(this.points - points, 0), msBeforeNext, points, changedPoints === points);
  }

  _upsert(rlKey: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    if (forceExpire) return this.#write(rlKey, points, msDuration, true);
    return new Promise<Row>((resolve, reject) => {
      const batch = this.#waiting.get(rlKey) ?? [];
      batch.push({ points, msDuration, resolve, reject });
      this.#waiting.set(rlKey, batch);
      void this.#flush(rlKey);
    });
  }

  async #flush(rlKey: string): Promise<void> {
    const batch = this.#waiting.get(rlKey);
    if (!batch || this.#writing.has(rlKey)) return;
    this.#waiting.delete(rlKey);
    this.#writing.add(rlKey);
    try {
      const total = batch.reduce((sum, w) => sum + w.points, 0);
      // A new window takes the first waiter's duration (they differ only for a backoff gate's waits).
      const row = await this.#write(rlKey, total, batch[0]!.msDuration, false);
      let place = Number(row.points) - total;
      for (const w of batch) w.resolve({ points: (place += w.points), expire: row.expire });
    } catch (e) {
      for (const w of batch) w.reject(e);
    } finally {
      this.#writing.delete(rlKey);
      if (this.#waiting.has(rlKey)) void this.#flush(rlKey);
    }
  }

  async #write(rlKey: string, points: number, msDuration: number, forceExpire: boolean): Promise<Row> {
    const now = Date.now();
    const expire = msDuration > 0 ? now + Math.ceil(msDuration) : null;
    // An expired row starts a new window in the same statement; SQLite reads the old columns in both CASEs.
    const { rows } = await sqlBookkeepingWrite(
      forceExpire
        ? {
            sql: `INSERT OR REPLACE INTO "RateLimit" ("key", "points", "expire") VALUES (?, ?, ?) RETURNING "points", "expire"`,
            args: [rlKey, points, expire],
          }
        : {
            sql: `INSERT INTO "RateLimit" ("key", "points", "expire") VALUES (?, ?, ?)
                ON CONFLICT ("key") DO UPDATE SET
                  "points" = CASE WHEN "expire" IS NULL OR "expire" > ? THEN "points" + excluded."points" ELSE excluded."points" END,
                  "expire" = CASE WHEN "expire" IS NULL OR "expire" > ? THEN "expire" ELSE excluded."expire" END
                RETURNING "points", "expire"`,
            args: [rlKey, points, expire, now, now],
          },
    );
    return rows[0] as unknown as Row;
  }

  async _get(rlKey: string) {
    const { rows } = await sqlBookkeepingWrite({
      sql: `SELECT "points", "expire" FROM "RateLimit" WHERE "key" = ? AND ("expire" IS NULL OR "expire" > ?)`,
      args: [rlKey, Date.now()],
    });
    return (rows[0] as unknown as Row | undefined) ?? null;
  }

  async _delete(rlKey: string) {
    const { rowsAffected } = await sqlBookkeepingWrite({ sql: `DELETE FROM "RateLimit" WHERE "key" = ?`, args: [rlKey] });
    return rowsAffected > 0;
  }
}

type Limiters = Map<string, { points: number; limiter: RateLimiterAbstract }>;
// Process-wide: every route bundle Next loads counts through the same limiters (the memory store is the count).
const holder = globalThis as unknown as { __throttle?: Limiters; __throttlePrune?: ReturnType<typeof setInterval> };

/** The limiter of a limit (its backoff waits: `wait`), made again when its configured points change (tests do). */
function limiter(name: LimitName, part: "count" | "wait" = "count"): RateLimiterAbstract {
  const limit: Limit = LIMITS[name];
  const points = part === "wait" ? 1 : resolve(limit.points);
  const id = part === "wait" ? `${name}:wait` : name;
  const limiters = (holder.__throttle ??= new Map());
  const known = limiters.get(id);
  if (known?.points === points) return known.limiter;
  const opts = { keyPrefix: id, points, duration: limit.duration };
  const made = limit.store === "memory" ? new RateLimiterMemory(opts) : new DatabaseStore(opts);
  if (limit.store === "database") pruneNowAndThen();
  limiters.set(id, { points, limiter: made });
  return made;
}

/** Rows an hour past their window are dropped every 5 minutes (what rate-limiter-flexible's stores do). */
function pruneNowAndThen(): void {
  holder.__throttlePrune ??= setInterval(() => {
    void sqlBookkeepingWrite({ sql: `DELETE FROM "RateLimit" WHERE "expire" < ?`, args: [Date.now() - 3_600_000] }).catch(() => undefined);
  }, 300_000).unref();
}

/** Milliseconds to wait from a refusal (at least 1). */
const waitOf = (e: unknown): number => {
  if (e instanceof RateLimiterRes) return Math.max(1, e.msBeforeNext);
  throw e;
};

/** Spends one point of `name` for `key`: 0 when allowed, else the milliseconds until it would be. */
export async function consume(name: LimitName, key: string): Promise<number> {
  return limiter(name)
    .consume(key)
    .then(() => 0, waitOf);
}

/** Gives one point back: the counted request or attempt did not count after all. */
export async function refund(name: LimitName, key: string): Promise<void> {
  await limiter(name).reward(key);
}

/** Forgets `key`'s count (and any wait) for `name`: a login's email after the right password. */
export async function forget(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
  if ("backoff" in LIMITS[name]) await limiter(name, "wait").delete(key);
}

/** The failures counted for `key` (a backoff limit), 0 for none or a forgotten count. */
export async function failures(name: BackoffName, key: string): Promise<number> {
  return (await limiter(name).get(key))?.consumedPoints ?? 0;
}

/** Read only: the milliseconds a backoff wait still runs for `key`, 0 when an attempt may be made. */
export async function waiting(name: BackoffName, key: string): Promise<number> {
  const gate = await limiter(name, "wait").get(key);
  return gate && gate.consumedPoints >= 1 ? Math.max(1, gate.msBeforeNext) : 0;
}

/** The wait the `n`-th failure earns: 0 within the free ones, then 1, 2, 4 … times the first wait, capped. */
export function backoffMs(name: BackoffName, n: number): number {
  const limit: Limit = LIMITS[name];
  const free = resolve(limit.points);
  if (n < free) return 0;
  const { firstWaitMs, maxWaitMs } = limit.backoff!;
  return Math.min(resolve(firstWaitMs) * 2 ** Math.min(n - free, 40), maxWaitMs);
}

/**
 * Counts one attempt for `key` as a failure in advance (call `forget` or `refund` when it turns out fine): 0 when it
 * may go on, else the milliseconds to wait (and nothing is counted).
 *
 * Counting BEFORE the password is checked is what holds a burst: each of many parallel attempts gets its own place
 * n in the count, and one that earns a wait must also pass the wait's gate — a one-point limit whose window is the
 * wait. The first to pass it opens the window (the wait its failure earns, running from now); every other attempt
 * is refused until the window ends. When the attempt fails, that window is its wait; when it succeeds, `forget`
 * drops it.
 */
export async function attempt(name: BackoffName, key: string): Promise<number> {
  const n = (await limiter(name).penalty(key)).consumedPoints;
  const wait = backoffMs(name, n);
  if (wait === 0) return 0;
  const refused = await limiter(name, "wait")
    .consume(key, 1, { customDuration: wait / 1000 })
    .then(() => 0, waitOf);
  if (refused > 0) await limiter(name).reward(key);
  return refused;
}

/** Whole seconds to wait, at least 1 (what Retry-After carries). */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Every count back to zero, in this process and in the database (tests, classroom demos): every instance's. */
export async function resetThrottles(): Promise<void> {
  holder.__throttle?.clear();
  await sqlBookkeepingWrite({ sql: `DELETE FROM "RateLimit"`, args: [] });
}
