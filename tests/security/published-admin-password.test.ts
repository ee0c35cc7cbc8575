// Issue 23, row 1: the admin password was published (admin@petstore.test / admin-password), the demo accounts were
// re-created on every start, and `npm run doctor` said nothing. Tried as a student would: log in as the admin with
// the documented password. Real database, real Argon2, real secrets file.
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkProductionReadiness } from "../../core/config/check-production-readiness";
import { parseEnv } from "../../core/config/env";
import { AppError } from "../../core/errors/app-error";
import { prisma } from "../../infra/db/prisma-client";
import { adminPassword, secretsFilePath } from "../../infra/secrets/app-secrets";
import { hashPassword } from "../../infra/users/password-hash";
import { verifyCredentials } from "../../infra/users/verify-credentials";
import { getStorage } from "../../infra/storage/get-storage";
import { runSeed } from "../../infra/seed/run-seed";
import * as seedAccounts from "../../infra/seed/seed-accounts";

const ADMIN = "admin@petstore.test";
const student = () => `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function logIn(email: string, password: string): Promise<string> {
  try {
    return (await verifyCredentials({ email, password, ip: student() })).role;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

describe("the seeded admin's password is this installation's own", () => {
  it("a student with the published password does not get in; the password in secrets.json does", async () => {
    // The seed as `npm run seed` / a first `npm start` runs it.
    await seedAccounts.seedDemoAccounts(prisma);
    expect(await logIn(ADMIN, "admin-password")).toBe("unauthorized");

    const generated = JSON.parse(readFileSync(secretsFilePath(), "utf8")) as { adminPassword?: string };
    expect(generated.adminPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(adminPassword()).toBe(generated.adminPassword);
    expect(await logIn(ADMIN, generated.adminPassword!)).toBe("admin");
    // The demo customer stays public on purpose (the login page says it is shared).
    expect(await logIn("demo@petstore.test", "demo-password")).toBe("customer");
  });

  it("an installation seeded before the change: the next start replaces the published admin password", async () => {
    await prisma.user.update({ where: { email: ADMIN }, data: { passwordHash: await hashPassword("admin-password") } });
    expect(await logIn(ADMIN, "admin-password")).toBe("admin");
    expect(await seedAccounts.replacePublishedAdminPassword(prisma)).toBe(true);
    expect(await logIn(ADMIN, "admin-password")).toBe("unauthorized");
    expect(await logIn(ADMIN, adminPassword())).toBe("admin");
    // Nothing to do the second time (one verify, no write).
    expect(await seedAccounts.replacePublishedAdminPassword(prisma)).toBe(false);
  });

  it("a demo account the instructor deleted stays deleted when the app starts again", async () => {
    if ((await prisma.pet.count()) === 0) {
      const category = await prisma.category.create({
        data: { slug: `c-${randomUUID().slice(0, 8)}`, name: "Dogs", description: "d", emoji: "🐕" },
      });
      await prisma.pet.create({
        data: { name: "Biscuit", species: "dog", breed: "b", description: "d", priceCents: 100, stock: 1, categoryId: category.id },
      });
    }
    await prisma.user.deleteMany({ where: { email: "demo@petstore.test" } });
    // What `npm start` runs on every start (scripts/seed-if-empty.ts).
    const summary = await runSeed(prisma, getStorage(), { log: () => undefined });
    expect(summary.seeded).toBe(false);
    expect(await prisma.user.findUnique({ where: { email: "demo@petstore.test" } })).toBeNull();
  });

  it("npm run doctor calls a published admin password or the old published secret UNSAFE; the app refuses them", () => {
    const published = "pet-store-twin-embedded-development-secret-change-me";
    const report = checkProductionReadiness({ SESSION_SECRET: published, ADMIN_PASSWORD: "admin-password" });
    const status = (name: string) => report.checks.find((c) => c.name === name)?.status;
    expect(status("SESSION_SECRET")).toBe("unsafe");
    expect(status("ADMIN_PASSWORD")).toBe("unsafe");
    expect(() => parseEnv({ SESSION_SECRET: published })).toThrow(/published/);
    expect(() => parseEnv({ ADMIN_PASSWORD: "admin-password" })).toThrow(/published/);
  });
});
