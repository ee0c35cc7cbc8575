// Integration: the real login operation on the vitest database, with the shared database throttle.
import { describe, expect, it } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { hashPassword } from "../../infra/users/password-hash";
import { hashSessionId, newSessionId } from "../session/session-cookie";
import { LOGIN_FAILED_MESSAGE, logInUser } from "./log-in-user";
import { logOutUser } from "./log-out-user";
import { formOf, rejection } from "../../tests/operation-outcomes";

const PASSWORD = "correct-horse-battery";
let counter = 0;
async function makeUser() {
  const email = `login-${Date.now()}-${++counter}@login.test`;
  const user = await prisma.user.create({ data: { email, name: "Login Tester", passwordHash: await hashPassword(PASSWORD) } });
  return user;
}
// Each test uses its own IP so the per-IP counter never couples tests.
const ip = () => `10.0.0.${++counter}`;

describe("logInUser", () => {
  it("logs in with the right password, rotating to a new session id stored as a hash", async () => {
    const user = await makeUser();
    const oldSid = newSessionId();
    const outcome = await logInUser(
      formOf({ email: ` ${user.email.toUpperCase()} `, password: PASSWORD, next: "/monolith/orders" }),
      { sidHash: hashSessionId(oldSid) },
      ip(),
    );
    expect(outcome.redirectTo).toBe("/monolith/orders");
    expect(outcome.setSessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(outcome.setSessionId).not.toBe(oldSid);
    const row = await prisma.session.findUniqueOrThrow({ where: { idHash: hashSessionId(outcome.setSessionId!) } });
    expect(row.userId).toBe(user.id);
  });

  it("gives one generic message for a wrong password and for an unknown email", async () => {
    const user = await makeUser();
    const a = await rejection(logInUser(formOf({ email: user.email, password: "wrong-password" }), { sidHash: undefined }, ip()));
    const b = await rejection(
      logInUser(formOf({ email: `nobody-${Date.now()}@login.test`, password: PASSWORD }), { sidHash: undefined }, ip()),
    );
    expect([a.code, a.message]).toEqual(["unauthorized", LOGIN_FAILED_MESSAGE]);
    expect([b.code, b.message]).toEqual(["unauthorized", LOGIN_FAILED_MESSAGE]);
  });

  it("after 5 failures refuses the next attempt — even with the right password — and says for how long", async () => {
    const user = await makeUser();
    const from = ip();
    for (let i = 0; i < 5; i++) {
      expect((await rejection(logInUser(formOf({ email: user.email, password: `nope-${i}` }), { sidHash: undefined }, from))).code).toBe(
        "unauthorized",
      );
    }
    const refused = await rejection(logInUser(formOf({ email: user.email, password: PASSWORD }), { sidHash: undefined }, from));
    expect(refused.code).toBe("rate_limited");
    expect(refused.message).toBe("Too many attempts; try again in 1 second.");
    // The wait is this address's own: the owner's right password from an address with no failures goes through
    // (issue 23: a count per email alone let anyone keep the account shut).
    await expect(logInUser(formOf({ email: user.email, password: PASSWORD }), { sidHash: undefined }, ip())).resolves.toHaveProperty(
      "redirectTo",
      "/monolith",
    );
    // The wait is short: a second later the right password works.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(logInUser(formOf({ email: user.email, password: PASSWORD }), { sidHash: undefined }, from)).resolves.toHaveProperty(
      "redirectTo",
      "/monolith",
    );
  });

  it("a success resets the email's failure count", async () => {
    const user = await makeUser();
    const from = ip();
    for (let i = 0; i < 4; i++) await rejection(logInUser(formOf({ email: user.email, password: "nope" }), { sidHash: undefined }, from));
    await logInUser(formOf({ email: user.email, password: PASSWORD }), { sidHash: undefined }, from);
    for (let i = 0; i < 4; i++) {
      expect((await rejection(logInUser(formOf({ email: user.email, password: "nope" }), { sidHash: undefined }, from))).code).toBe(
        "unauthorized",
      );
    }
    await expect(logInUser(formOf({ email: user.email, password: PASSWORD }), { sidHash: undefined }, from)).resolves.toHaveProperty(
      "redirectTo",
      "/monolith",
    );
  });

  it("logging out deletes the session row and hands out a fresh anonymous id", async () => {
    const user = await makeUser();
    const { setSessionId } = await logInUser(formOf({ email: user.email, password: PASSWORD }), { sidHash: undefined }, ip());
    const sidHash = hashSessionId(setSessionId!);
    const out = await logOutUser(new FormData(), { sidHash });
    // The notice is signed (a page shows only messages this server wrote: monolith/forms/flash-message.ts).
    expect(out.redirectTo).toMatch(/^\/monolith\?notice=You\+are\+logged\+out\.&noticeSig=[\w-]{22}$/);
    expect(out.setSessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(out.setSessionId).not.toBe(setSessionId);
    expect(await prisma.session.findUnique({ where: { idHash: sidHash } })).toBeNull();
  });
});
