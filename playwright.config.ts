// The same journeys run against both architectures: one spec, one project per mode
// (plus the monolith with JavaScript turned off). Browser: whatever Chromium this machine has
// (scripts/lib/find-browser.ts: CHROMIUM_PATH, a system Chromium/Chrome, or Playwright's own).
import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import type { Mode } from "./e2e/fixtures";
import { findBrowser } from "./scripts/lib/find-browser";

const browser = findBrowser({
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  managedPath: () => chromium.executablePath(),
});
if (browser.kind === "none") {
  // One sentence before any test runs, instead of a launch error in every test.
  console.error(browser.message);
  process.exit(1);
}
const executablePath = browser.kind === "path" ? browser.executablePath : undefined;

const port = process.env.E2E_PORT ?? "3100";
const runtimePort = process.env.E2E_RUNTIME_PORT ?? "3101";
const SHARED_STATE_SPECS = /(architecture|lab-bench|classroom|class-projector)\.spec\.ts/;

export default defineConfig<{ mode: Mode }>({
  testDir: "./e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The second writes each test's duration and limit for the slow-test report at the end of `npm test`.
  reporter: [["list"], ["./tests/reporters/playwright-durations.ts"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A failed test keeps its trace (DOM snapshots, network, console) and a screenshot of the end. The trace's
    // screencast is off: recording it for every test cost ~10 % of the suite's time (same run, 52 tests: 200–218
    // test-seconds without it, 227–244 with it).
    trace: { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    launchOptions: { executablePath, args: ["--disable-gpu"] },
  },
  projects: [
    // Specs that change process-wide state (the function runtime's idle timeout, its instances, the class) run on
    // a server of their own, one at a time, so that no other test's traffic warms or reclaims an instance they are
    // watching — and beside the other projects rather than after them. Listed first because Playwright hands out
    // tests in project order: listed last, this one-worker chain of ~3 minutes ran at the end with a core idle.
    {
      name: "runtime",
      use: { ...devices["Desktop Chrome"], mode: "serverless", baseURL: `http://127.0.0.1:${runtimePort}` },
      testMatch: SHARED_STATE_SPECS,
      workers: 1, // one spec at a time: one spec's reset must not land in another's run
    },
    { name: "monolith", use: { ...devices["Desktop Chrome"], mode: "monolith" }, testIgnore: SHARED_STATE_SPECS },
    {
      name: "monolith-nojs",
      use: { ...devices["Desktop Chrome"], mode: "monolith", javaScriptEnabled: false },
      grep: /@nojs/,
      testIgnore: SHARED_STATE_SPECS,
    },
    { name: "serverless", use: { ...devices["Desktop Chrome"], mode: "serverless" }, testIgnore: SHARED_STATE_SPECS },
  ],
  // Started one after the other: the first builds when the build is stale; the second finds it fresh.
  webServer: [
    {
      command: "npx tsx scripts/e2e-server.ts",
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: "npx tsx scripts/e2e-server.ts",
      env: { ...(process.env as Record<string, string>), E2E_PORT: runtimePort, E2E_DATA: "data/e2e-runtime", SKIP_BUILD: "1" },
      url: `http://127.0.0.1:${runtimePort}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
  ],
});
