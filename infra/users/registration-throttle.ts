// New accounts per client IP address: REGISTRATIONS_PER_IP (30) in a row, then a wait of 10 minutes; the count is
// forgotten after 10 quiet minutes. Same table and rule as the login throttle (auth-throttle-store.ts), so two
// app instances on one database share it. Generous, because a whole class behind one NAT address registers at
// the start of a lesson; it stops a script filling the users table.
import { env } from "../../core/config/env";
import { AppError } from "../../core/errors/app-error";
import { registrationPolicy, retryAfterSeconds } from "../../core/users/login-throttle-rule";
import { UNKNOWN_CLIENT_IP } from "../access/client-ip";
import { countAttempt, uncount } from "./auth-throttle-store";

export const registrationKey = (ip: string) => `register:ip:${ip}`;

export function tooManyRegistrationsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds(retryAfterMs) / 60));
  return `Too many new accounts from your network; try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** Counts one account creation from `ip`, or throws AppError("rate_limited") while that address must wait. */
export async function countRegistration(ip: string, now = Date.now()): Promise<void> {
  if (ip === UNKNOWN_CLIENT_IP) return;
  const decision = await countAttempt([{ key: registrationKey(ip), policy: registrationPolicy(env().REGISTRATIONS_PER_IP) }], now);
  if (!decision.allowed) {
    throw new AppError("rate_limited", tooManyRegistrationsMessage(decision.retryAfterMs), {
      retryAfterSeconds: retryAfterSeconds(decision.retryAfterMs),
    });
  }
}

/** The registration failed after all (email taken): it does not count. */
export async function uncountRegistration(ip: string): Promise<void> {
  if (ip !== UNKNOWN_CLIENT_IP) await uncount(registrationKey(ip));
}
