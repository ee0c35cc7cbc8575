import "server-only";
// Gateway rate limits, counted in the database (table RateLimitWindow) so that two app instances on one database
// enforce ONE limit, not one each. Per user when the token names one; per IP otherwise — generous, because a whole
// classroom can share one IP.
//
// One atomic upsert per request (INSERT … ON CONFLICT DO UPDATE … RETURNING): parallel requests, on one instance or
// two, each get their own count and none is lost. A caller's one-minute window starts with its first request
// (as rate-limiter-flexible, used before, did): the statement starts a new window when the old one is over.
import { env } from "../../core/config/env";
import { AppError } from "../../core/errors/app-error";
import { untracedPrisma } from "../../infra/db/prisma-client";
import { retryBusy } from "../../infra/db/retry-busy";

export const IP_LIMIT = { points: 600, duration: 60 };
export const USER_LIMIT = { points: 300, duration: 60 };

const WINDOW_MS = 60_000;

/** Counts one request for `key`; the caller's count in its current window and when that window began. */
async function countRequest(key: string, now: number): Promise<{ count: number; windowStartMs: number }> {
  // In an UPDATE, SQLite reads every column as it was before the row changed, so both CASEs see the old window.
  const rows = await retryBusy(
    () => untracedPrisma.$queryRaw<{ count: number | bigint; windowStartMs: number | bigint }[]>`
      INSERT INTO "RateLimitWindow" ("key", "windowStartMs", "count") VALUES (${key}, ${now}, 1)
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "windowStartMs" <= ${now - WINDOW_MS} THEN 1 ELSE "count" + 1 END,
        "windowStartMs" = CASE WHEN "windowStartMs" <= ${now - WINDOW_MS} THEN ${now} ELSE "windowStartMs" END
      RETURNING "count", "windowStartMs"`,
  );
  return { count: Number(rows[0]!.count), windowStartMs: Number(rows[0]!.windowStartMs) };
}

/** Spends one request for the caller; throws AppError("rate_limited") with retryAfterSeconds when over. */
export async function consumeRateLimit(caller: { userId?: number; ip: string }, now = Date.now()): Promise<void> {
  const [limit, key, what] =
    caller.userId !== undefined
      ? [env().GATEWAY_USER_LIMIT_PER_MIN, `user:${caller.userId}`, "your account"]
      : [env().GATEWAY_IP_LIMIT_PER_MIN, `ip:${caller.ip}`, "your network"];
  const { count, windowStartMs } = await countRequest(key, now);
  // Now and then (about once per 200 requests) drop the rows of callers who went quiet.
  if (Math.random() < 0.005) void pruneQuietCallers(now);
  if (count > limit) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStartMs + WINDOW_MS - now) / 1000));
    throw new AppError("rate_limited", `Too many requests from ${what}. Please wait ${retryAfterSeconds} s and try again.`, {
      retryAfterSeconds,
    });
  }
}

async function pruneQuietCallers(now: number): Promise<void> {
  await untracedPrisma.rateLimitWindow.deleteMany({ where: { windowStartMs: { lt: BigInt(now - 2 * WINDOW_MS) } } }).catch(() => undefined);
}

/** Tests and classroom demos start from a clean slate (for every instance on this database). */
export async function resetRateLimits(): Promise<void> {
  await retryBusy(() => untracedPrisma.rateLimitWindow.deleteMany({}));
}
