import "server-only";
// The load generator's customers: real accounts in the users table (so both stores' real log-ins, carts, orders and
// the gateway's per-user rate limits apply), created once per run with one hashed random password, then signed in
// through each store's real log-in (the monolith's form with CSRF, next-auth's credentials callback).
import { randomBytes } from "node:crypto";
import { prisma } from "../db/prisma-client";
import { hashPassword } from "../users/password-hash";

export type GeneratedCustomer = { email: string; password: string };

export const GENERATED_EMAIL_DOMAIN = "loadgen.petstore.test";

export async function prepareGeneratedCustomers(count: number): Promise<GeneratedCustomer[]> {
  const password = randomBytes(18).toString("base64url");
  const passwordHash = await hashPassword(password); // one Argon2 hash for all: they share the run's password
  const customers: GeneratedCustomer[] = [];
  for (let i = 1; i <= count; i++) {
    const email = `vu-${String(i).padStart(3, "0")}@${GENERATED_EMAIL_DOMAIN}`;
    await prisma.user.upsert({
      where: { email },
      update: { passwordHash },
      create: { email, name: `Load tester ${i}`, passwordHash, role: "customer" },
    });
    customers.push({ email, password });
  }
  return customers;
}
