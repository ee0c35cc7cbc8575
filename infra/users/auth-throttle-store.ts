// The throttle counters, in the database (table AuthThrottle), so that the monolith's login form, the serverless
// store's next-auth sign-in and registration share ONE count per email and per IP — and so would two app
// instances on one database. The rule (how long to wait) is core/users/login-throttle-rule.ts.
//
// An attempt is counted BEFORE the password is checked and undone when it succeeds. Checking first and counting
// only after a failure would let a burst of parallel requests all pass the check during the ~50 ms the password
// hash takes; counting with a conditional UPDATE (only while not blocked) lets at most one through a wait.
import { Prisma } from "@prisma/client";
import {
  afterFailure,
  decideAttempt,
  isForgotten,
  strictest,
  type BackoffPolicy,
  type ThrottleDecision,
  type ThrottleState,
} from "../../core/users/login-throttle-rule";
import { prisma } from "../db/prisma-client";
import { retryBusy } from "../db/retry-busy";

export type ThrottleKey = { key: string; policy: BackoffPolicy };

const PRUNE_AFTER_MS = 24 * 60 * 60_000;

function toState(row: { failures: number; blockedUntil: Date | null; updatedAt: Date }): ThrottleState {
  return { failures: row.failures, blockedUntil: row.blockedUntil?.getTime() ?? null, updatedAt: row.updatedAt.getTime() };
}

async function readState(key: string): Promise<ThrottleState | null> {
  const row = await prisma.authThrottle.findUnique({ where: { key } });
  return row ? toState(row) : null;
}

/** Failures counted for `key` now (0 for none, or a count gone quiet). Read only. */
export async function failureCount(key: string, policy: BackoffPolicy, now = Date.now()): Promise<number> {
  const state = await readState(key);
  return state && !isForgotten(state, now, policy) ? state.failures : 0;
}

/** Read only: may an attempt be made now for all of these keys? */
export async function checkThrottle(keys: readonly ThrottleKey[], now = Date.now()): Promise<ThrottleDecision> {
  const states = await Promise.all(keys.map((k) => readState(k.key)));
  return strictest(states.map((s) => decideAttempt(s, now)));
}

/**
 * Counts one attempt for `key` unless it is in a wait, and starts the wait the new count earns — in ONE conditional
 * UPDATE (compare-and-set on the count we read). Of parallel attempts only one moves the count from n to n+1; the
 * others read again, and once the count has earned a wait they are refused.
 */
async function countOne({ key, policy }: ThrottleKey, now: number): Promise<ThrottleDecision> {
  const at = new Date(now);
  for (let round = 0; round < 20; round++) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * round));
    const before = await prisma.authThrottle.findUnique({ where: { key } });
    const state = before ? toState(before) : null;
    const decision = decideAttempt(state, now);
    if (!decision.allowed) return decision;
    const next = afterFailure(state, now, policy);
    const data = { failures: next.failures, blockedUntil: next.blockedUntil === null ? null : new Date(next.blockedUntil), updatedAt: at };
    if (before && next.blockedUntil === null && next.failures > 1) {
      // Still among the free failures: a plain atomic increment cannot lose a count, and it does not collide when
      // a whole classroom logs in from one address at once. It only applies while the result stays below the limit.
      const counted = await retryBusy(() =>
        prisma.authThrottle.updateMany({
          where: { key, failures: { lt: policy.freeFailures - 1 }, OR: [{ blockedUntil: null }, { blockedUntil: { lte: at } }] },
          data: { failures: { increment: 1 }, updatedAt: at },
        }),
      );
      if (counted.count === 1) return { allowed: true };
      continue;
    }
    if (!before) {
      try {
        await retryBusy(() => prisma.authThrottle.create({ data: { key, ...data } }));
        return { allowed: true };
      } catch (e) {
        if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") continue; // a parallel attempt made it first
        throw e;
      }
    }
    const swapped = await retryBusy(() =>
      prisma.authThrottle.updateMany({
        where: { key, failures: before.failures, updatedAt: before.updatedAt, OR: [{ blockedUntil: null }, { blockedUntil: { lte: at } }] },
        data,
      }),
    );
    if (swapped.count === 1) {
      if (Math.random() < 0.01) void pruneQuietRows(now);
      return { allowed: true };
    }
  }
  // Twenty rounds lost to parallel attempts: this one is refused briefly rather than counted twice.
  return { allowed: false, retryAfterMs: policy.baseDelayMs };
}

/**
 * Counts one attempt for every key (as if it will fail), unless one of them is in a wait: then nothing is counted
 * and the answer says how long to wait. Call `forget` or `uncount` when the attempt turns out fine.
 */
export async function countAttempt(keys: readonly ThrottleKey[], now = Date.now()): Promise<ThrottleDecision> {
  const first = await checkThrottle(keys, now);
  if (!first.allowed) return first;
  const decisions: ThrottleDecision[] = [];
  for (const key of keys) decisions.push(await countOne(key, now));
  return strictest(decisions);
}

/** A success for this key: its count starts again (a login's email). */
export async function forget(key: string): Promise<void> {
  await retryBusy(() => prisma.authThrottle.deleteMany({ where: { key } }));
}

/** The counted attempt did not count after all (a login's IP after the right password; a refused registration). */
export async function uncount(key: string): Promise<void> {
  await retryBusy(() => prisma.authThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } }));
}

async function pruneQuietRows(now: number): Promise<void> {
  const before = new Date(now - PRUNE_AFTER_MS);
  await prisma.authThrottle
    .deleteMany({ where: { updatedAt: { lt: before }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: new Date(now) } }] } })
    .catch(() => undefined);
}
