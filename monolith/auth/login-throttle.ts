import "server-only";
// ARCH: the monolith is one long-running process, so it may keep the failed-login counters in memory
// (a serverless function instance could not: each cold start would forget them). The rule itself lives
// in core/users/login-throttle-rule.ts.
import { env } from "../../core/config/env";
import { LOGIN_WINDOW_MS, addFailure, decideLoginAttempt, type ThrottleDecision } from "../../core/users/login-throttle-rule";

/** A classroom shares one IP address, so the per-IP limit is generous; the per-email limit does the real work. */
export const LOGIN_MAX_FAILURES_PER_IP = 50;
const MAX_TRACKED_KEYS = 10_000;

type Store = Map<string, number[]>;
// On globalThis: Next may load each route's bundle separately, and they must share one counter.
const globalStore = globalThis as unknown as { __petStoreLoginFailures?: Store };
const store: Store = (globalStore.__petStoreLoginFailures ??= new Map());

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

/** Is another login attempt allowed for this email from this IP right now? (Checked before the password.) */
export function checkLoginThrottle(email: string, ip: string | undefined, now = Date.now()): ThrottleDecision {
  const byEmail = decideLoginAttempt(store.get(emailKey(email)) ?? [], now, { maxFailures: env().LOGIN_MAX_FAILURES, windowMs: LOGIN_WINDOW_MS });
  if (!byEmail.allowed || !ip) return byEmail;
  return decideLoginAttempt(store.get(ipKey(ip)) ?? [], now, { maxFailures: LOGIN_MAX_FAILURES_PER_IP, windowMs: LOGIN_WINDOW_MS });
}

export function recordLoginFailure(email: string, ip: string | undefined, now = Date.now()): void {
  if (store.size > MAX_TRACKED_KEYS) pruneExpired(now);
  for (const key of ip ? [emailKey(email), ipKey(ip)] : [emailKey(email)]) {
    store.set(key, addFailure(store.get(key) ?? [], now, LOGIN_WINDOW_MS));
  }
}

/** A successful login clears that email's failures (the per-IP count stays: it guards against spraying). */
export function resetLoginFailures(email: string): void {
  store.delete(emailKey(email));
}

function pruneExpired(now: number): void {
  for (const [key, failures] of store) {
    if (failures.every((t) => t <= now - LOGIN_WINDOW_MS)) store.delete(key);
  }
}
