// The rule behind "too many attempts": exponential backoff over a failure count. Pure and framework-free; the
// store (infra/users/auth-throttle-store.ts, one database table) applies it for both architectures.
//
// Why backoff and not a lockout: a lockout after N failures lets anyone on the classroom network lock any
// classmate out for a quarter of an hour by typing their email wrong five times. With backoff the first
// `freeFailures` failures cost nothing; after that each further attempt must wait base, 2×base, 4×base … up to
// `maxDelayMs`. Guessing stays hopeless (a few hundred guesses a day) while the real owner waits seconds, not
// minutes, unless someone is hammering the account. While the wait lasts EVERY attempt is refused, the right
// password too: otherwise the wait would not slow a guesser down at all.

export type BackoffPolicy = {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseDelayMs: number;
  /** The longest wait. */
  maxDelayMs: number;
  /** A count nobody added to for this long (and not blocked) starts again from zero. */
  forgetAfterMs: number;
};

/**
 * Per email AND client address together: 5 free failures (LOGIN_MAX_FAILURES), then 1 s (LOGIN_FIRST_WAIT_MS), 2 s,
 * 4 s … at most 15 minutes. Keyed by the pair, so a classmate failing on purpose from their own machine slows only
 * their own attempts at that account, never the owner's from another address.
 */
export function emailLoginPolicy(freeFailures = 5, firstWaitMs = 1_000): BackoffPolicy {
  return { freeFailures, baseDelayMs: firstWaitMs, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
}

/**
 * Per email across all addresses (distributed guessing): 20 free failures, then the same backoff — but it is applied
 * only to an address that has itself failed on this account. The right password from an address with no failures
 * goes through, so nobody can keep the owner out by failing from elsewhere.
 */
export const ACCOUNT_LOGIN_POLICY: BackoffPolicy = {
  freeFailures: 20,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

/**
 * Per client IP address: generous, because a whole classroom shares one NAT address (and the test suite logs in
 * from 127.0.0.1 all day). Only failures count. It stops one machine spraying passwords over many emails.
 */
export const IP_LOGIN_POLICY: BackoffPolicy = {
  freeFailures: 100,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

/**
 * Account creations per client IP address: `perWindow` in a row, then a wait of one window; the count is forgotten
 * after a quiet window. A class of 30 registering at the start of a lesson behind one address still fits.
 */
export function registrationPolicy(perWindow: number, windowMs = 10 * 60_000): BackoffPolicy {
  return { freeFailures: perWindow, baseDelayMs: windowMs, maxDelayMs: windowMs, forgetAfterMs: windowMs };
}

/** What the store keeps per key (times in epoch milliseconds). */
export type ThrottleState = { failures: number; blockedUntil: number | null; updatedAt: number };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** The wait imposed after the `failures`-th failure: 0 while within the free ones. */
export function backoffDelayMs(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 40); // 2^40 × anything is past any cap
  return Math.min(policy.baseDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/** Has this count gone quiet long enough to start again from zero? (Never while a wait is running.) */
export function isForgotten(state: ThrottleState, now: number, policy: BackoffPolicy): boolean {
  const blocked = state.blockedUntil !== null && state.blockedUntil > now;
  return !blocked && now - state.updatedAt >= policy.forgetAfterMs;
}

/** May an attempt be made at `now`? */
export function decideAttempt(state: ThrottleState | null, now: number): ThrottleDecision {
  if (!state || state.blockedUntil === null || state.blockedUntil <= now) return { allowed: true };
  return { allowed: false, retryAfterMs: state.blockedUntil - now };
}

/** The state after one more failure at `now` (a forgotten count starts from zero first). */
export function afterFailure(state: ThrottleState | null, now: number, policy: BackoffPolicy): ThrottleState {
  const failures = (state && !isForgotten(state, now, policy) ? state.failures : 0) + 1;
  const delay = backoffDelayMs(failures, policy);
  return { failures, blockedUntil: delay > 0 ? now + delay : null, updatedAt: now };
}

/** Of several decisions (per email, per IP), the one that waits longest. */
export function strictest(decisions: readonly ThrottleDecision[]): ThrottleDecision {
  let wait = 0;
  for (const d of decisions) if (!d.allowed) wait = Math.max(wait, d.retryAfterMs);
  return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
}

/** Whole seconds to wait, at least 1 (what Retry-After carries). */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1_000));
}

/** "Too many attempts; try again in N seconds." — minutes once it is two or more. */
export function tooManyAttemptsMessage(retryAfterMs: number): string {
  const seconds = retryAfterSeconds(retryAfterMs);
  if (seconds < 120) return `Too many attempts; try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
  return `Too many attempts; try again in ${Math.ceil(seconds / 60)} minutes.`;
}
