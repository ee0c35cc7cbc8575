// Issue 23, row 11: registering an existing email said so, and a taken email did not count against the
// registration throttle: a script could test every classmate's address, without limit. Sent here as that script
// sends it: one address, the registration form, a list of emails that are taken.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/core/errors/app-error";
import { prisma } from "@/infra/db/prisma-client";
import { registerUser } from "@/monolith/auth/register-user";

const form = (email: string) => {
  const f = new FormData();
  f.set("name", "Prober");
  f.set("email", email);
  f.set("password", "long-enough-password");
  return f;
};

async function attempt(email: string, ip: string): Promise<string> {
  try {
    await registerUser(form(email), { sidHash: undefined }, ip);
    return "created";
  } catch (e) {
    if (e instanceof AppError) return `${e.code}: ${e.message}`;
    throw e;
  }
}

describe("probing for accounts through registration", () => {
  it("costs a registration per probe: after 30 taken emails the address must wait", async () => {
    const taken = Array.from({ length: 31 }, (_, i) => `taken-${i}-${randomUUID().slice(0, 6)}@probe.test`);
    await prisma.user.createMany({ data: taken.map((email) => ({ email, name: "Classmate" })) });
    const script = `10.11.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const answers: string[] = [];
    for (const email of taken) answers.push(await attempt(email, script));
    expect(answers.slice(0, 30).every((a) => a.startsWith("conflict"))).toBe(true);
    expect(answers[30]).toMatch(/^rate_limited/);
  });

  it("the refusal names no account", async () => {
    const email = `someone-${randomUUID().slice(0, 6)}@probe.test`;
    await prisma.user.create({ data: { email, name: "Classmate" } });
    const answer = await attempt(email, `10.12.0.${Math.floor(Math.random() * 250)}`);
    expect(answer).not.toMatch(/already exists/i);
    expect(answer).toBe("conflict: We could not create an account with that email. If you already have one, log in instead.");
  });
});
