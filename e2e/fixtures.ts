// `mode` is the architecture under test; every journey builds its URLs from it so one spec serves both.
import { test as base, expect, type Page } from "@playwright/test";
import { storePaths, type Mode } from "../core/architecture/mode";
import { TEST_ADMIN_PASSWORD } from "../scripts/lib/test-admin-password";

export type { Mode };
export { storePaths };

export const test = base.extend<{ mode: Mode; at: (path: string) => string }>({
  mode: ["monolith", { option: true }],
  at: async ({ mode }, provide) => {
    await provide((path: string) => `/${mode}${path}`);
  },
});

export { expect };

/** The instructor key the e2e server runs with (scripts/e2e-server.ts). */
export const CLASS_KEY = process.env.E2E_CLASS_KEY ?? "e2e-instructor-key-for-tests";
export const INSTRUCTOR = { "x-class-key": CLASS_KEY };

/** Makes this browser the instructor, as opening the printed Instructor link does. */
export async function becomeInstructor(page: Page) {
  await page.goto(`/class?key=${encodeURIComponent(CLASS_KEY)}`);
  await expect(page.getByRole("heading", { name: "You are the instructor" })).toBeVisible();
}

export const DEMO = { email: "demo@petstore.test", password: "demo-password" };
/** The seeded admin on the e2e server: its password is the one scripts/e2e-server.ts sets (ADMIN_PASSWORD). */
export const ADMIN = { email: "admin@petstore.test", password: TEST_ADMIN_PASSWORD };

export async function logIn(page: Page, mode: Mode, account = DEMO) {
  await page.goto(storePaths(mode).login);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
}

/** A fresh customer for tests that must not share state (cart, orders) with others. */
export function uniqueEmail(prefix = "shopper"): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@petstore.test`;
}
