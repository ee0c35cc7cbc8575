// Demo accounts for the embedded default only: a known password on a shared or production database would
// be a back door, so they are never created when DATABASE_URL points elsewhere.
//
// The demo customer's password is public on purpose (anyone in the room may shop as it; the pages say the account
// is shared). The admin's is NOT: it is random per installation (data/secrets.json, or ADMIN_PASSWORD) and printed
// only in the instructor's part of `npm start` — a published one let every student in as the store admin.
import type { PrismaClient } from "@prisma/client";
import { DEMO_CUSTOMER_PASSWORD, PUBLISHED_ADMIN_PASSWORDS } from "../../core/security/published-values";
import { hashPassword, verifyPassword } from "../../infra/users/password-hash";
import { adminPassword } from "../../infra/secrets/app-secrets";

export const DEMO_CUSTOMER = {
  email: "demo@petstore.test",
  password: DEMO_CUSTOMER_PASSWORD,
  name: "Demo Shopper",
  role: "customer",
} as const;
export const ADMIN_EMAIL = "admin@petstore.test";

export type DemoAccount = { email: string; password: string; name: string; role: "customer" | "admin" };

/** Both demo accounts with this installation's admin password (read or made on first use). */
export function demoAccounts(): DemoAccount[] {
  return [{ ...DEMO_CUSTOMER }, { email: ADMIN_EMAIL, password: adminPassword(), name: "Store Admin", role: "admin" }];
}

/**
 * Writes the demo accounts (documented passwords and roles) — only when the seed builds a catalog: on a fresh
 * database, or an explicit `npm run seed`. A plain `npm start` of an existing database never re-creates them, so a
 * demo account the instructor deleted stays deleted.
 */
export async function seedDemoAccounts(prisma: PrismaClient): Promise<number> {
  let written = 0;
  for (const account of demoAccounts()) {
    const passwordHash = await hashPassword(account.password);
    const data = { name: account.name, role: account.role, passwordHash };
    await prisma.user.upsert({ where: { email: account.email }, create: { email: account.email, ...data }, update: data });
    written += 1;
  }
  return written;
}

/**
 * Migration for installations seeded before the admin password was random: an admin account that still opens with
 * a published password gets this installation's password instead. Returns whether it changed anything. One Argon2
 * verify per start; nothing when the account was deleted or its password was changed.
 */
export async function replacePublishedAdminPassword(prisma: PrismaClient): Promise<boolean> {
  const admin = await prisma.user.findUnique({ where: { email: ADMIN_EMAIL }, select: { id: true, passwordHash: true } });
  if (!admin?.passwordHash) return false;
  for (const published of PUBLISHED_ADMIN_PASSWORDS) {
    if (!(await verifyPassword(admin.passwordHash, published))) continue;
    await prisma.user.update({ where: { id: admin.id }, data: { passwordHash: await hashPassword(adminPassword()) } });
    // Sessions opened with the published password end now (both stores read the role and user from the row).
    await prisma.session.deleteMany({ where: { userId: admin.id } }).catch(() => undefined);
    return true;
  }
  return false;
}
