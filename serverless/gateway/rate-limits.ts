import "server-only";
// Gateway rate limits, counted in the database (infra/rate-limit/shared-counter.ts, table RateLimitWindow) so
// that two app instances on one database enforce ONE limit, not one each. Per user when the token names one; per
// IP otherwise — generous, because a whole classroom can share one IP. A caller's one-minute window starts with
// its first request (as with rate-limiter-flexible, used here before).
import { env } from "../../core/config/env";
import { AppError } from "../../core/errors/app-error";
import { WINDOW_MS, countRequest, pruneQuietCounters, resetCounters } from "../../infra/rate-limit/shared-counter";

export const IP_LIMIT = { points: 600, duration: 60 };
export const USER_LIMIT = { points: 300, duration: 60 };

/** Spends one request for the caller; throws AppError("rate_limited") with retryAfterSeconds when over. */
export async function consumeRateLimit(caller: { userId?: number; ip: string }): Promise<void> {
  const [limit, key, what] =
    caller.userId !== undefined
      ? [env().GATEWAY_USER_LIMIT_PER_MIN, `user:${caller.userId}`, "your account"]
      : [env().GATEWAY_IP_LIMIT_PER_MIN, `ip:${caller.ip}`, "your network"];
  const { count, windowStartMs } = await countRequest(key);
  // Now and then (about once per 200 requests) drop the rows of callers who went quiet.
  if (Math.random() < 0.005) void pruneQuietCounters();
  if (count > limit) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStartMs + WINDOW_MS - Date.now()) / 1000));
    throw new AppError("rate_limited", `Too many requests from ${what}. Please wait ${retryAfterSeconds} s and try again.`, {
      retryAfterSeconds,
    });
  }
}

/** Tests and classroom demos start from a clean slate (for every instance on this database). */
export function resetRateLimits(): Promise<void> {
  return resetCounters();
}
