// Demo accounts for the embedded default only: a known password on a shared or production database would
// be a back door, so they are never created when DATABASE_URL points elsewhere.
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "../../infra/users/password-hash";

export const DEMO_ACCOUNTS = [
  { email: "demo@petstore.test", password: "demo-password", name: "Demo Shopper", role: "customer" },
  { email: "admin@petstore.test", password: "admin-password", name: "Store Admin", role: "admin" },
] as const;

/** Same rule as core/config/env.ts: no DATABASE_URL, or a `file:` one, is the embedded default. */
export function isEmbeddedDatabase(url: string | undefined = process.env.DATABASE_URL): boolean {
  return !url || url.startsWith("file:");
}

/**
 * `reset`: upsert (restores the documented passwords and roles on every explicit seed).
 * Otherwise only creates missing accounts, so a plain `npm start` costs no password hashing.
 */
export async function seedDemoAccounts(prisma: PrismaClient, reset: boolean): Promise<number> {
  let written = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (!reset && (await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } }))) continue;
    const passwordHash = await hashPassword(account.password);
    const data = { name: account.name, role: account.role, passwordHash };
    await prisma.user.upsert({ where: { email: account.email }, create: { email: account.email, ...data }, update: data });
    written += 1;
  }
  return written;
}
