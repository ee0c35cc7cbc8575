import "server-only";
// The load generator's customers: real accounts in the users table (so both stores' real log-ins, carts, orders and
// the gateway's per-user rate limits apply), created once per run with one hashed random password, then signed in
// through each store's real log-in (the monolith's form with CSRF, next-auth's credentials callback).
import { randomBytes } from "node:crypto";
import { prisma } from "../../../infra/db/prisma-client";
import { hashPassword } from "../../../infra/users/password-hash";

export type GeneratedCustomer = { email: string; password: string };

export const GENERATED_EMAIL_DOMAIN = "loadgen.petstore.test";

export async function prepareGeneratedCustomers(count: number): Promise<GeneratedCustomer[]> {
  const password = randomBytes(18).toString("base64url");
  const passwordHash = await hashPassword(password); // one Argon2 hash for all: they share the run's password
  const customers = Array.from({ length: count }, (_, i) => ({
    email: `vu-${String(i + 1).padStart(3, "0")}@${GENERATED_EMAIL_DOMAIN}`,
    password,
  }));
  const emails = customers.map((c) => c.email);
  // Three statements, not one per customer: a 200-user run is ready in a moment.
  const existing = new Set((await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email));
  await prisma.$transaction([
    prisma.user.updateMany({ where: { email: { in: emails } }, data: { passwordHash } }),
    prisma.user.createMany({
      data: customers
        .filter((c) => !existing.has(c.email))
        .map((c, i) => ({ email: c.email, name: `Load tester ${i + 1}`, passwordHash, role: "customer" })),
    }),
  ]);
  return customers;
}
