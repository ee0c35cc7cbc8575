// Integration: the real operation on the vitest database (data/vitest, migrated empty by global setup).
import { describe, expect, it } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { hashSessionId } from "../session/session-cookie";
import { EMAIL_TAKEN_MESSAGE, registerUser } from "./register-user";
import { formOf, rejection } from "../../tests/operation-outcomes";

const email = (p: string) => `${p}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@register.test`;

// Each call its own address, unless a test means to share one (the per-IP registration throttle).
const ip = () => `10.20.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("registerUser", () => {
  it("creates a customer (role never from the form), a hashed password and a fresh session", async () => {
    const address = email("new");
    const outcome = await registerUser(
      formOf({ name: "  Robin  ", email: address.toUpperCase(), password: "long-enough-pw", role: "admin", next: "/monolith/cart" }),
      { sidHash: undefined },
      ip(),
    );
    expect(outcome.redirectTo).toBe("/monolith/cart");
    expect(outcome.setSessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: address } });
    expect(user).toMatchObject({ name: "Robin", role: "customer" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const session = await prisma.session.findUniqueOrThrow({ where: { idHash: hashSessionId(outcome.setSessionId!) } });
    expect(session.userId).toBe(user.id);
    const days = (session.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
  });

  it("refuses a taken email (case-insensitively) with a conflict", async () => {
    const address = email("taken");
    await registerUser(formOf({ name: "First", email: address, password: "long-enough-pw" }), { sidHash: undefined }, ip());
    const err = await rejection(
      registerUser(
        formOf({ name: "Second", email: ` ${address.toUpperCase()} `, password: "long-enough-pw" }),
        { sidHash: undefined },
        ip(),
      ),
    );
    expect(err.code).toBe("conflict");
    expect(err.message).toBe(EMAIL_TAKEN_MESSAGE);
    expect(await prisma.user.count({ where: { email: address } })).toBe(1);
  });

  it("answers with the schema's message for a malformed email, a short password or no name", async () => {
    expect(
      (
        await rejection(
          registerUser(formOf({ name: "A", email: "not-an-email", password: "long-enough-pw" }), { sidHash: undefined }, ip()),
        )
      ).message,
    ).toBe("Enter a valid email address, like name@example.com.");
    expect(
      (await rejection(registerUser(formOf({ name: "A", email: email("short"), password: "short" }), { sidHash: undefined }, ip())))
        .message,
    ).toBe("Use at least 8 characters for your password.");
    expect(
      (
        await rejection(
          registerUser(formOf({ name: " ", email: email("noname"), password: "long-enough-pw" }), { sidHash: undefined }, ip()),
        )
      ).message,
    ).toBe("Tell us your name.");
  });

  it("never redirects off-site after registering", async () => {
    const outcome = await registerUser(
      formOf({ name: "Eve", email: email("next"), password: "long-enough-pw", next: "https://evil.example/" }),
      { sidHash: undefined },
      ip(),
    );
    expect(outcome.redirectTo).toBe("/monolith");
  });

  it("allows 30 new accounts per address in 10 minutes, then tells that address to wait; other addresses and refused attempts are unaffected", async () => {
    const from = ip();
    const many = Array.from({ length: 30 }, (_, i) =>
      registerUser(formOf({ name: `Bulk ${i}`, email: email(`bulk${i}`), password: "long-enough-pw" }), { sidHash: undefined }, from),
    );
    expect((await Promise.allSettled(many)).filter((r) => r.status === "fulfilled")).toHaveLength(30);
    const refused = await rejection(
      registerUser(formOf({ name: "One too many", email: email("toomany"), password: "long-enough-pw" }), { sidHash: undefined }, from),
    );
    expect(refused.code).toBe("rate_limited");
    expect(refused.message).toBe("Too many new accounts from your network; try again in 10 minutes.");
    await expect(
      registerUser(formOf({ name: "Elsewhere", email: email("elsewhere"), password: "long-enough-pw" }), { sidHash: undefined }, ip()),
    ).resolves.toHaveProperty("redirectTo");

    // An invalid form does not count against an address; a taken email does (issue 23 row 11: else unlimited probing).
    const other = ip();
    const taken = email("taken-twice");
    await registerUser(formOf({ name: "First", email: taken, password: "long-enough-pw" }), { sidHash: undefined }, other);
    await rejection(registerUser(formOf({ name: "Again", email: taken, password: "long-enough-pw" }), { sidHash: undefined }, other));
    await rejection(
      registerUser(formOf({ name: "Bad", email: "not-an-email", password: "long-enough-pw" }), { sidHash: undefined }, other),
    );
    expect((await prisma.rateLimit.findUniqueOrThrow({ where: { key: `registration:${other}` } })).points).toBe(2);
  });
});
