import { describe, expect, it } from "vitest";
import {
  IP_LOGIN_POLICY,
  afterFailure,
  backoffDelayMs,
  decideAttempt,
  emailLoginPolicy,
  isForgotten,
  registrationPolicy,
  strictest,
  tooManyAttemptsMessage,
  type ThrottleState,
} from "./login-throttle-rule";

const S = 1_000;
const MIN = 60 * S;
const email = emailLoginPolicy(5);

function failTimes(times: number, policy = email, start = 0): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < times; i++) state = afterFailure(state, start + i, policy);
  return state;
}

describe("backoffDelayMs", () => {
  it("is free for the first failures, then 1 s, 2 s, 4 s … capped at 15 minutes", () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, email))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => backoffDelayMs(n, email))).toEqual([1 * S, 2 * S, 4 * S, 8 * S]);
    expect(backoffDelayMs(14, email)).toBe(512 * S);
    expect(backoffDelayMs(15, email)).toBe(15 * MIN);
    expect(backoffDelayMs(10_000, email)).toBe(15 * MIN);
  });

  it("per IP allows 100 failures before any wait (a classroom shares one address)", () => {
    expect(backoffDelayMs(99, IP_LOGIN_POLICY)).toBe(0);
    expect(backoffDelayMs(100, IP_LOGIN_POLICY)).toBe(1 * S);
  });

  it("registrations: N per window, then a wait of one window", () => {
    const policy = registrationPolicy(10, 10 * MIN);
    expect(backoffDelayMs(9, policy)).toBe(0);
    expect(backoffDelayMs(10, policy)).toBe(10 * MIN);
    expect(backoffDelayMs(11, policy)).toBe(10 * MIN);
  });
});

describe("decideAttempt / afterFailure", () => {
  it("allows while within the free failures", () => {
    expect(decideAttempt(null, 0)).toEqual({ allowed: true });
    expect(decideAttempt(failTimes(4), 10)).toEqual({ allowed: true });
  });

  it("after the 5th failure refuses every attempt for 1 s, after the 6th for 2 s", () => {
    const five = failTimes(5, email, 1_000)!; // the 5th failure at t = 1004
    expect(five.blockedUntil).toBe(1_004 + S);
    expect(decideAttempt(five, 1_004 + S - 1)).toEqual({ allowed: false, retryAfterMs: 1 });
    expect(decideAttempt(five, 1_004 + S)).toEqual({ allowed: true });
    const six = afterFailure(five, 3_000, email);
    expect(six).toEqual({ failures: 6, blockedUntil: 3_000 + 2 * S, updatedAt: 3_000 });
    expect(decideAttempt(six, 3_500)).toEqual({ allowed: false, retryAfterMs: 1_500 });
  });

  it("forgets a count that went quiet for an hour, never while a wait runs", () => {
    const four = failTimes(4)!;
    expect(isForgotten(four, 60 * MIN - 1, email)).toBe(false);
    expect(isForgotten(four, 60 * MIN + 3, email)).toBe(true);
    expect(afterFailure(four, 61 * MIN, email)).toEqual({ failures: 1, blockedUntil: null, updatedAt: 61 * MIN });
    const blocked: ThrottleState = { failures: 20, blockedUntil: 2 * 60 * MIN, updatedAt: 0 };
    expect(isForgotten(blocked, 90 * MIN, email)).toBe(false);
  });
});

describe("strictest", () => {
  it("waits for the longest of several refusals", () => {
    expect(strictest([{ allowed: true }, { allowed: true }])).toEqual({ allowed: true });
    expect(strictest([{ allowed: false, retryAfterMs: 5 }, { allowed: true }, { allowed: false, retryAfterMs: 9 }])).toEqual({
      allowed: false,
      retryAfterMs: 9,
    });
  });
});

describe("tooManyAttemptsMessage", () => {
  it("says how many seconds (rounded up), minutes from two on", () => {
    expect(tooManyAttemptsMessage(1)).toBe("Too many attempts; try again in 1 second.");
    expect(tooManyAttemptsMessage(1_001)).toBe("Too many attempts; try again in 2 seconds.");
    expect(tooManyAttemptsMessage(119 * S)).toBe("Too many attempts; try again in 119 seconds.");
    expect(tooManyAttemptsMessage(15 * MIN)).toBe("Too many attempts; try again in 15 minutes.");
  });
});
