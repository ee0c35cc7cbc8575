// Integration: the one credential check both stores use, on the real test database, with a set clock (only Date
// is faked: the throttle and the database driver read it, timers run as usual).
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "../../core/errors/app-error";
import { prisma } from "../db/prisma-client";
import { hashPassword } from "./password-hash";
import { LOGIN_FAILED_MESSAGE, verifyCredentials } from "./verify-credentials";
import { clockAt as at, outcome as outcomeOf } from "../../tests/operation-outcomes";

const PASSWORD = "correct-horse-battery";
const S = 1_000;

async function makeUser() {
  const email = `vc-${randomUUID().slice(0, 8)}@throttle.test`;
  await prisma.user.create({ data: { email, name: "Throttle Tester", passwordHash: await hashPassword(PASSWORD) } });
  return email;
}
const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

afterEach(() => vi.useRealTimers());
const outcome = (p: Promise<unknown>) => outcomeOf(p, { waitMessage: true });

describe("verifyCredentials", () => {
  it("answers the account for the right password, one generic refusal otherwise", async () => {
    const email = await makeUser();
    await expect(verifyCredentials({ email: ` ${email.toUpperCase()} `, password: PASSWORD, ip: ip() })).resolves.toMatchObject({
      email,
      role: "customer",
    });
    const message = (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (e: AppError) => e.message,
      );
    expect(await message(verifyCredentials({ email, password: "wrong", ip: ip() }))).toBe(LOGIN_FAILED_MESSAGE);
    expect(await message(verifyCredentials({ email: `nobody-${randomUUID()}@throttle.test`, password: PASSWORD, ip: ip() }))).toBe(
      LOGIN_FAILED_MESSAGE,
    );
  });

  it("backs off per email and address: 5 free failures, then waits of 1 s, 2 s, 4 s in which even the right password is refused", async () => {
    const email = await makeUser();
    const from = ip();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++)
      expect(await outcome((at(t0 + i), verifyCredentials({ email, password: `nope-${i}`, ip: from })))).toBe("unauthorized");
    // The 5th failure (at t0+4) earned 1 s.
    expect(await outcome((at(t0 + 500), verifyCredentials({ email, password: PASSWORD, ip: from })))).toBe(
      "wait: Too many attempts; try again in 1 second.",
    );
    expect(await outcome((at(t0 + 4 + S), verifyCredentials({ email, password: "nope-6", ip: from })))).toBe("unauthorized");
    // The 6th earned 2 s; the 7th 4 s.
    expect(await outcome((at(t0 + 4 + S + 1_500), verifyCredentials({ email, password: PASSWORD, ip: from })))).toBe(
      "wait: Too many attempts; try again in 1 second.",
    );
    expect(await outcome((at(t0 + 4 + 3 * S), verifyCredentials({ email, password: "nope-7", ip: from })))).toBe("unauthorized");
    expect(await outcome((at(t0 + 4 + 3 * S + 100), verifyCredentials({ email, password: PASSWORD, ip: from })))).toBe(
      "wait: Too many attempts; try again in 4 seconds.",
    );
    // After the wait the right password works and the count starts afresh.
    expect(await outcome((at(t0 + 4 + 7 * S), verifyCredentials({ email, password: PASSWORD, ip: from })))).toBe("ok");
    expect(await prisma.rateLimit.findMany({ where: { key: { contains: `${email}|${from}` } } })).toEqual([]);
  });

  it("a burst of parallel guesses during a wait gets through at most once", async () => {
    const email = await makeUser();
    const from = ip();
    const t0 = Date.now();
    at(t0);
    for (let i = 0; i < 5; i++) await outcome(verifyCredentials({ email, password: `nope-${i}`, ip: from }));
    const later = t0 + 2 * S; // the 1 s wait is over: exactly one attempt may be made now
    at(later);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => outcome(verifyCredentials({ email, password: `burst-${i}`, ip: from }))),
    );
    expect(results.filter((r) => r === "unauthorized").length).toBeLessThanOrEqual(2);
    expect(results.filter((r) => r.startsWith("wait:")).length).toBeGreaterThanOrEqual(6);
  });

  it("backs off per IP after 100 failures over many emails — the next email from that IP waits, another IP does not", async () => {
    const sprayer = ip();
    const t0 = Date.now();
    at(t0);
    const failures = Array.from({ length: 100 }, (_, i) =>
      verifyCredentials({ email: `spray-${i}-${randomUUID()}@throttle.test`, password: "guess", ip: sprayer }),
    );
    expect(new Set(await Promise.all(failures.map(outcome)))).toEqual(new Set(["unauthorized"]));
    const email = await makeUser();
    expect(await outcome((at(t0 + 10), verifyCredentials({ email, password: PASSWORD, ip: sprayer })))).toMatch(/^wait: Too many attempts/);
    expect(await outcome((at(t0 + 10), verifyCredentials({ email, password: PASSWORD, ip: ip() })))).toBe("ok");
  }, 90_000); // 100 parallel Argon2 checks on a shared 2-core machine
});
