// `npm start`: everything a newcomer needs, in order: data folder → migrations → seed (when empty) → build
// (when sources are newer than the last build) → `next start`, then prints where to go and how to log in.
// SKIP_BUILD=1 never builds (CI and the e2e tests build separately).
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { env } from "../core/config/env";
import { dataDir, databaseUrl } from "../infra/database-url";
import { prisma } from "../infra/db/prisma-client";
import { getStorage } from "../infra/storage/get-storage";
import { DEMO_ACCOUNTS, isEmbeddedDatabase } from "../prisma/seed/seed-accounts";
import { runSeed } from "../prisma/seed/run-seed";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

// What a build depends on: a change in any of these makes the last build stale.
const BUILD_INPUTS = [
  "app",
  "core",
  "infra",
  "monolith",
  "serverless",
  "components",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
];

function elapsed(since: number): string {
  const ms = performance.now() - since;
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

async function step<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  console.log(`▸ ${label}…`);
  const result = await work();
  console.log(`  ${label} done (${elapsed(started)})`);
  return result;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: process.env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Newest modification time under a file or folder, stopping early once `than` is exceeded. */
function newerThan(target: string, than: number): string | null {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return null; // optional inputs (public/, instrumentation.ts) may not exist
  }
  if (!stats.isDirectory()) return stats.mtimeMs > than ? target : null;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const found = newerThan(path.join(target, entry.name), than);
    if (found) return found;
  }
  return null;
}

function buildReason(): string | null {
  let builtAt: number;
  try {
    builtAt = statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return "no previous build";
  }
  for (const input of BUILD_INPUTS) {
    const changed = newerThan(path.join(root, input), builtAt);
    if (changed) return `${path.relative(root, changed)} changed since the last build`;
  }
  return null;
}

function waitUntilServing(url: string, child: ReturnType<typeof spawn>): Promise<boolean> {
  return new Promise((resolve) => {
    const deadline = Date.now() + 120_000;
    const attempt = async () => {
      if (child.exitCode !== null || Date.now() > deadline) return resolve(false);
      try {
        // Any HTTP answer means the server is up; health details are the health route's business.
        await fetch(url, { signal: AbortSignal.timeout(5000) });
        resolve(true);
      } catch {
        setTimeout(attempt, 250);
      }
    };
    void attempt();
  });
}

async function main() {
  const total = performance.now();
  const { PORT: port } = env(); // validated (and fails early on a shared DB without SESSION_SECRET)
  const embedded = isEmbeddedDatabase();

  if (embedded) await step(`Data folder ${dataDir()}`, () => mkdirSync(dataDir(), { recursive: true }));
  await step("Database migrations", () => run(bin("prisma"), ["migrate", "deploy"]));
  await step("Seed (only when the catalog is empty)", async () => {
    try {
      await runSeed(prisma, getStorage(), { log: (line) => console.log(`  ${line}`) });
    } finally {
      // The server opens its own connections; do not hold the database file from this process.
      await prisma.$disconnect();
    }
  });

  if (process.env.SKIP_BUILD === "1") console.log("▸ Build skipped (SKIP_BUILD=1)");
  else {
    const reason = buildReason();
    if (reason) await step(`Build (${reason})`, () => run(bin("next"), ["build"]));
    else console.log("▸ Build is up to date");
  }

  const serverStart = performance.now();
  console.log(`▸ Starting the server on port ${port}…`);
  const child = spawn(bin("next"), ["start", "-p", String(port)], { cwd: root, stdio: "inherit", env: process.env });
  // The server's lifetime is ours: pass stop signals on and leave with its exit code.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));

  const base = `http://localhost:${port}`;
  if (!(await waitUntilServing(`${base}/api/health`, child))) return;
  const accounts = embedded
    ? DEMO_ACCOUNTS.map((a) => `    ${a.role === "admin" ? "admin   " : "customer"}  ${a.email} / ${a.password}`).join("\n")
    : "    (none: DATABASE_URL is not the embedded default)";
  console.log(
    [
      "",
      `  Pet Store Twin is running at ${base}  (ready in ${elapsed(total)}; server ${elapsed(serverStart)})`,
      `    Monolith:   ${base}/monolith`,
      `    Serverless: ${base}/serverless`,
      `  Demo accounts:`,
      accounts,
      `  Database: ${embedded ? databaseUrl() : "DATABASE_URL"}`,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
