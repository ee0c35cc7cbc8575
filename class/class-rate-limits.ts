import "server-only";
// Per-IP limits for the student endpoints. On a classroom network every phone has its own address, so these
// are per phone; they are generous enough for a room behind one NAT and still stop a script from flooding.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../core/errors/app-error";
import { clientIp } from "../infra/access/client-ip";

const LIMITS = {
  join: { points: 60, duration: 60 },
  answer: { points: 120, duration: 60 },
  events: { points: 120, duration: 60 },
} as const;
type Kind = keyof typeof LIMITS;

const holder = globalThis as unknown as { __classLimiters?: Record<Kind, RateLimiterMemory> };

function limiter(kind: Kind): RateLimiterMemory {
  holder.__classLimiters ??= {
    join: new RateLimiterMemory({ keyPrefix: "class-join", ...LIMITS.join }),
    answer: new RateLimiterMemory({ keyPrefix: "class-answer", ...LIMITS.answer }),
    events: new RateLimiterMemory({ keyPrefix: "class-events", ...LIMITS.events }),
  };
  return holder.__classLimiters[kind];
}

export async function consumeClassLimit(kind: Kind, headers: Headers): Promise<void> {
  try {
    await limiter(kind).consume(clientIp(headers));
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new AppError("rate_limited", `Too many requests from your device. Please wait ${retryAfterSeconds} s.`, { retryAfterSeconds });
    }
    throw e;
  }
}
