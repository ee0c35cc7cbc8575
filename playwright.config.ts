// The same journeys run against both architectures: one spec, one project per mode
// (plus the monolith with JavaScript turned off). Browser: Debian's chromium, never a downloaded one.
import { defineConfig, devices } from "@playwright/test";
import type { Mode } from "./e2e/fixtures";

const port = process.env.E2E_PORT ?? "3100";
const SHARED_STATE_SPECS = /(architecture|classroom)\.spec\.ts/;

export default defineConfig<{ mode: Mode }>({
  testDir: "./e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--disable-gpu"] },
  },
  projects: [
    { name: "monolith", use: { ...devices["Desktop Chrome"], mode: "monolith" }, testIgnore: SHARED_STATE_SPECS },
    { name: "monolith-nojs", use: { ...devices["Desktop Chrome"], mode: "monolith", javaScriptEnabled: false }, grep: /@nojs/, testIgnore: SHARED_STATE_SPECS },
    { name: "serverless", use: { ...devices["Desktop Chrome"], mode: "serverless" }, testIgnore: SHARED_STATE_SPECS },
    // Specs that change process-wide state (the function runtime's idle timeout, its instances) run last and
    // alone, so that no other test's traffic warms or reclaims an instance they are watching.
    {
      name: "runtime",
      use: { ...devices["Desktop Chrome"], mode: "serverless" },
      testMatch: SHARED_STATE_SPECS,
      dependencies: ["monolith", "monolith-nojs", "serverless"],
    },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
