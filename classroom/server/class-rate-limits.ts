import "server-only";
// Per-IP limits for the student endpoints: the "class-*" rows of the one throttle (infra/throttle/throttle.ts). On
// a classroom network every phone has its own address, so these are per phone.
import { AppError } from "../../core/errors/app-error";
import { clientIp } from "../../infra/access/client-ip";
import { consume, retryAfterSeconds } from "../../infra/throttle/throttle";

export async function consumeClassLimit(kind: "join" | "answer" | "events" | "evidence", headers: Headers): Promise<void> {
  const waitMs = await consume(`class-${kind}`, clientIp(headers));
  if (waitMs > 0) {
    const seconds = retryAfterSeconds(waitMs);
    throw AppError.of("rate_limited", "request.tooManyFromDevice", { seconds }, { retryAfterSeconds: seconds });
  }
}
