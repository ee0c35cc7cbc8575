// Issue 23, row 3: "After 5 failures, one wrong attempt whenever the wait expires keeps any account locked for
// 15 minutes at a time." Reproduced as the attacker does it — from their own address, failing on a classmate's
// email whenever a wait runs out — while the owner logs in from theirs. Real database, a set clock.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { hashPassword } from "../../infra/users/password-hash";
import { verifyCredentials } from "../../infra/users/verify-credentials";
import { clockAt as at, outcome } from "../operation-outcomes";

const PASSWORD = "owner-knows-this-one";

afterEach(() => vi.useRealTimers());

describe("a classmate failing on purpose cannot lock the owner out", () => {
  it("the attacker's address keeps failing (and keeps waiting) while the owner logs in from theirs", async () => {
    const email = `lockout-${randomUUID().slice(0, 8)}@throttle.test`;
    await prisma.user.create({ data: { email, name: "Owner", passwordHash: await hashPassword(PASSWORD) } });
    const attacker = `10.23.1.${Math.floor(Math.random() * 250)}`;
    const owner = `10.23.2.${Math.floor(Math.random() * 250)}`;
    let now = Date.now();

    // Thirty wrong attempts, each made the moment the previous wait ran out (the old attack: ~4 requests an hour
    // kept the account shut). Every refusal is the attacker's own.
    let attackerWaits = 0;
    for (let i = 0; i < 30; i++) {
      const result = await outcome((at(now), verifyCredentials({ email, password: `guess-${i}`, ip: attacker })));
      if (result === "rate_limited") attackerWaits += 1;
      now += 500;
    }
    expect(attackerWaits).toBeGreaterThan(0); // the attacker is slowed down…

    // …the owner is not: the right password from an address with no failures goes through, at once.
    expect(await outcome((at(now), verifyCredentials({ email, password: PASSWORD, ip: owner })))).toBe("ok");
    // And the attacker's address is still waiting.
    expect(await outcome((at(now + 1), verifyCredentials({ email, password: "guess-again", ip: attacker })))).toBe("rate_limited");
  });

  it("guessing from many addresses still meets the account's own count", async () => {
    const email = `spread-${randomUUID().slice(0, 8)}@throttle.test`;
    await prisma.user.create({ data: { email, name: "Owner", passwordHash: await hashPassword(PASSWORD) } });
    const now = Date.now();
    // 25 addresses, one failure each: each address is new to the account, so each first try is free…
    for (let i = 0; i < 25; i++) await outcome((at(now + i), verifyCredentials({ email, password: `g-${i}`, ip: `10.24.0.${i}` })));
    // …but a second try from any of them is held by the account's count (20 free failures over all addresses).
    expect(await outcome((at(now + 30), verifyCredentials({ email, password: "g-again", ip: "10.24.0.3" })))).toBe("rate_limited");
  });
});
