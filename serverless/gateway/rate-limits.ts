import "server-only";
// The gateway's limits, per user when the token names one and per IP otherwise (generous, because a whole classroom
// can share one IP): the "gateway-user" and "gateway-ip" rows of the one throttle (infra/throttle/throttle.ts),
// counted in the database so that two app instances on one database enforce ONE limit, not one each. A caller's
// one-minute window starts with its first request.
import { AppError } from "../../core/errors/app-error";
import { consume, retryAfterSeconds } from "../../infra/throttle/throttle";

/** Spends one request for the caller; throws AppError("rate_limited") with retryAfterSeconds when over. */
export async function consumeRateLimit(caller: { userId?: number; ip: string }): Promise<void> {
  const byUser = caller.userId !== undefined;
  const waitMs = byUser ? await consume("gateway-user", String(caller.userId)) : await consume("gateway-ip", caller.ip);
  if (waitMs > 0) {
    const seconds = retryAfterSeconds(waitMs);
    throw AppError.of(
      "rate_limited",
      byUser ? "request.tooManyFromAccount" : "request.tooManyFromNetwork",
      { seconds },
      { retryAfterSeconds: seconds },
    );
  }
}
