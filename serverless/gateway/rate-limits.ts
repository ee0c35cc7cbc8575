import "server-only";
// Gateway rate limits (rate-limiter-flexible, in memory: one gateway process in the embedded default).
// Per user when the token names one; per IP otherwise — generous, because a whole classroom can share one IP.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../../core/config/env";
import { AppError } from "../../core/errors/app-error";

export const IP_LIMIT = { points: 600, duration: 60 };
export const USER_LIMIT = { points: 300, duration: 60 };

type Limiters = { ip: RateLimiterMemory; user: RateLimiterMemory };
// One set per process, shared by every route bundle Next loads.
const holder = globalThis as unknown as { __gatewayLimiters?: Limiters };

function limiters(): Limiters {
  holder.__gatewayLimiters ??= {
    ip: new RateLimiterMemory({ keyPrefix: "gw-ip", ...IP_LIMIT, points: env().GATEWAY_IP_LIMIT_PER_MIN }),
    user: new RateLimiterMemory({ keyPrefix: "gw-user", ...USER_LIMIT, points: env().GATEWAY_USER_LIMIT_PER_MIN }),
  };
  return holder.__gatewayLimiters;
}

/** Spends one request for the caller; throws AppError("rate_limited") with retryAfterSeconds when over. */
export async function consumeRateLimit(caller: { userId?: number; ip: string }): Promise<void> {
  const { ip, user } = limiters();
  const [limiter, key, what] =
    caller.userId !== undefined ? [user, `u:${caller.userId}`, "your account"] : [ip, `ip:${caller.ip}`, "your network"];
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new AppError("rate_limited", `Too many requests from ${what}. Please wait ${retryAfterSeconds} s and try again.`, {
        retryAfterSeconds,
      });
    }
    throw e;
  }
}

/** Tests and classroom demos start from a clean slate. */
export function resetRateLimits(): void {
  holder.__gatewayLimiters = undefined;
}
