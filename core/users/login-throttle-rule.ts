// The rule behind "too many failed logins": a sliding window over the timestamps of recent failures.
// Pure and framework-free, so the monolith's in-memory counter (or any store) can apply it and tests can pin it.

export type ThrottleLimit = { maxFailures: number; windowMs: number };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

/** Keeps only the failures still inside the window ending at `now` (ascending order preserved). */
export function pruneFailures(failures: readonly number[], now: number, windowMs: number): number[] {
  return failures.filter((t) => t > now - windowMs && t <= now);
}

/**
 * May another attempt be made at `now`? Refused once `maxFailures` failures lie inside the window; the wait is
 * until enough of them have slid out that one fewer than the limit remains.
 */
export function decideLoginAttempt(failures: readonly number[], now: number, limit: ThrottleLimit): ThrottleDecision {
  const recent = pruneFailures(failures, now, limit.windowMs).sort((a, b) => a - b);
  if (recent.length < limit.maxFailures) return { allowed: true };
  // The attempt is allowed again when recent.length - maxFailures + 1 failures have expired.
  const unlockingFailure = recent[recent.length - limit.maxFailures] ?? now;
  return { allowed: false, retryAfterMs: Math.max(1, unlockingFailure + limit.windowMs - now) };
}

/** Records one failure at `now` and drops the expired ones (the list never grows past the window). */
export function addFailure(failures: readonly number[], now: number, windowMs: number): number[] {
  return [...pruneFailures(failures, now, windowMs), now];
}

/** "Too many failed attempts. Try again in N minutes." — N rounded up, at least 1. */
export function tooManyAttemptsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
