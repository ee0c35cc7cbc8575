import { describe, expect, it } from "vitest";
import { addFailure, decideLoginAttempt, pruneFailures, tooManyAttemptsMessage } from "./login-throttle-rule";

const MIN = 60_000;
const limit = { maxFailures: 5, windowMs: 15 * MIN };

describe("decideLoginAttempt (sliding window)", () => {
  it("allows attempts while fewer than the limit failed inside the window", () => {
    expect(decideLoginAttempt([], 0, limit)).toEqual({ allowed: true });
    expect(decideLoginAttempt([0, 1, 2, 3], 10, limit)).toEqual({ allowed: true });
  });

  it("refuses at the limit and says how long until the oldest failure slides out", () => {
    const failures = [0, 1 * MIN, 2 * MIN, 3 * MIN, 4 * MIN];
    expect(decideLoginAttempt(failures, 5 * MIN, limit)).toEqual({ allowed: false, retryAfterMs: 10 * MIN });
    // One millisecond before the first failure expires: still refused, 1 ms to go.
    expect(decideLoginAttempt(failures, 15 * MIN - 1, limit)).toEqual({ allowed: false, retryAfterMs: 1 });
    // Exactly when it expires only four remain: allowed.
    expect(decideLoginAttempt(failures, 15 * MIN, limit)).toEqual({ allowed: true });
  });

  it("with more failures than the limit waits for enough of them to expire", () => {
    const failures = [0, 1 * MIN, 2 * MIN, 3 * MIN, 4 * MIN, 5 * MIN, 6 * MIN];
    // 7 in the window, limit 5: the 3rd oldest (2 min) must expire, at 17 min.
    expect(decideLoginAttempt(failures, 7 * MIN, limit)).toEqual({ allowed: false, retryAfterMs: 10 * MIN });
  });

  it("ignores failures older than the window and accepts them unsorted", () => {
    expect(decideLoginAttempt([-20 * MIN, -16 * MIN, 0, 1, 2, 3], 5, limit)).toEqual({ allowed: true });
    expect(decideLoginAttempt([4 * MIN, 0, 3 * MIN, 1 * MIN, 2 * MIN], 5 * MIN, limit)).toEqual({ allowed: false, retryAfterMs: 10 * MIN });
  });

  it("works with a limit of one", () => {
    expect(decideLoginAttempt([1000], 2000, { maxFailures: 1, windowMs: 5000 })).toEqual({ allowed: false, retryAfterMs: 4000 });
  });
});

describe("addFailure / pruneFailures", () => {
  it("appends and drops what fell out of the window", () => {
    expect(addFailure([0, 10 * MIN], 16 * MIN, 15 * MIN)).toEqual([10 * MIN, 16 * MIN]);
    expect(pruneFailures([0, 5, 10], 15 * MIN, 15 * MIN)).toEqual([5, 10]);
  });
});

describe("tooManyAttemptsMessage", () => {
  it("rounds minutes up", () => {
    expect(tooManyAttemptsMessage(10 * MIN)).toBe("Too many failed attempts. Try again in 10 minutes.");
    expect(tooManyAttemptsMessage(10 * MIN + 1)).toBe("Too many failed attempts. Try again in 11 minutes.");
    expect(tooManyAttemptsMessage(1)).toBe("Too many failed attempts. Try again in 1 minute.");
  });
});
