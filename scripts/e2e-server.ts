// Starts the app for the Playwright suite on a fresh database of its own (data/e2e, or E2E_DATA for a second server):
// preflight → migrate → seed → build (always, or with SKIP_BUILD=1 only when the last build is missing, unfinished
// or older than the sources — scripts/lib/build-freshness.ts) → scripts/serve.ts. The suite starts two, one after the
// other (playwright.config.ts): the stores' journeys on one, the specs that change process-wide state on the other.
import "./lib/check-node";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureFreshBuild } from "./lib/build-freshness";
import { checkNativePackages, checkDataFolderWritable, checkPortFree, exitWith, root } from "./lib/preflight";
import { spawnServer } from "./lib/spawn-server";
import { TEST_ADMIN_PASSWORD } from "./lib/test-admin-password";

const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const dataDir = path.join(root, process.env.E2E_DATA ?? "data/e2e");
const firstDataDir = path.join(root, "data/e2e");
const port = Number(process.env.E2E_PORT ?? "3100");
// The suite acts as the instructor with this key (x-class-key header, or /class?key=… in a browser).
// HOST=127.0.0.1: the test server is nobody else's business on the network.
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  NODE_ENV: "production" as const,
  HOST: "127.0.0.1",
  CLASS_KEY: process.env.E2E_CLASS_KEY ?? "e2e-instructor-key-for-tests",
  // The seeded admin's password (an installation's own is random): e2e/fixtures.ts signs in with the same value.
  ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
  // The throttle tests post "wrong, then right" and expect the right one inside the first wait: on a busy machine
  // a memory-hard hash can take longer than the default 1 s, so the suite's first wait is longer.
  LOGIN_FIRST_WAIT_MS: "4000",
  // Every spec registers its own accounts from 127.0.0.1: the suite makes far more than a class would (30 per
  // 10 minutes per address by default), and the cap itself is covered by unit tests of its rule and store.
  REGISTRATIONS_PER_IP: "5000",
  // Every test is a new cookieless browser from 127.0.0.1: far more lens visitors than one classroom machine.
  VISITORS_PER_IP: "100000",
  // Short waits while object storage is down, so the storage-outage test takes seconds, not minutes.
  STORAGE_OUTAGE_BACKOFF_MS: process.env.STORAGE_OUTAGE_BACKOFF_MS ?? "300",
  STORAGE_OUTAGE_BACKOFF_MAX_MS: process.env.STORAGE_OUTAGE_BACKOFF_MAX_MS ?? "1500",
};

try {
  checkNativePackages();
  checkDataFolderWritable(dataDir, "npm run test:e2e");
  await checkPortFree(port, "127.0.0.1", "npm run test:e2e", "E2E_PORT");
} catch (error) {
  exitWith(error);
}

// Start from an empty database and store, but keep the seed's rendered pictures (blobs/seed): they are
// the same every run and take ~20 s to draw.
mkdirSync(path.join(dataDir, "blobs"), { recursive: true });
for (const entry of readdirSync(dataDir)) if (entry !== "blobs") rmSync(path.join(dataDir, entry), { recursive: true, force: true });
for (const entry of readdirSync(path.join(dataDir, "blobs")))
  if (entry !== "seed") rmSync(path.join(dataDir, "blobs", entry), { recursive: true, force: true });
// A second server borrows the first one's drawn pictures instead of drawing its own.
if (dataDir !== firstDataDir && existsSync(path.join(firstDataDir, "blobs/seed")) && !existsSync(path.join(dataDir, "blobs/seed")))
  cpSync(path.join(firstDataDir, "blobs/seed"), path.join(dataDir, "blobs/seed"), { recursive: true });
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, env, stdio: "inherit" });

run(bin("prisma"), ["migrate", "deploy"]);
run(bin("tsx"), ["scripts/seed.ts"]);
// SKIP_BUILD=1 (npm test builds just before) skips only an up-to-date build: a stale one would test old code.
if (process.env.SKIP_BUILD === "1") ensureFreshBuild({ root, env });
else run(bin("next"), ["build"]);

const server = spawnServer({ env, port });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
