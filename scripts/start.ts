// `npm start`: everything a newcomer needs, in order: preflight (Node, native packages, data folder, port) →
// migrations → seed (when empty) → build (when sources are newer than the last build, or it was interrupted) →
// the server (scripts/serve.ts, in this same process: each step before it ran in a child process that exited), then
// prints where to go, what to share with students and the instructor link. SKIP_BUILD=1 does not build when a
// complete build exists (CI and the e2e tests build separately). `npm start` runs scripts/start.mjs, which compiles
// this file to plain JavaScript and runs it without tsx (decision 026); `node scripts/start.mjs` is the same without
// npm's own process (~55 MB).
import "./lib/check-node";
import { spawn } from "node:child_process";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { dataDir, databaseUrl } from "../infra/database-url";
import { appSecrets } from "../infra/secrets/app-secrets";
import { buildReason } from "./lib/build-freshness";
import { instructorLine, listenUrls } from "./lib/listen-urls";
import {
  PreflightProblem,
  buildState,
  root,
  readSettings,
  checkNativePackages,
  checkDataFolderWritable,
  checkPortFree,
} from "./lib/preflight";

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

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

async function main() {
  const total = performance.now();
  // Validated (and fails early on a shared DB without SESSION_SECRET). Modules with native parts (sharp, libSQL,
  // Argon2) are imported only after the checks below, so a missing one is a sentence, not a stack trace.
  const { PORT: port, HOST: host, embedded } = await readSettings();

  await step("Checks (packages, data folder, port)", async () => {
    checkNativePackages();
    if (embedded) checkDataFolderWritable(dataDir(), "npm start");
    await checkPortFree(port, host, "npm start");
  });
  await step("Database migrations", () => run(bin("prisma"), ["migrate", "deploy"]));
  // A child process that exits: this process, which serves next, never holds the seed's memory (sharp, Prisma).
  await step("Seed (only when the catalog is empty)", () => run(process.execPath, ["--import", "tsx", "scripts/seed-if-empty.ts"]));
  // Made now (generated into the data folder on the first start), so the server and this link agree.
  const { classKey } = appSecrets();

  const reason = buildReason(root);
  if (process.env.SKIP_BUILD === "1" && buildState(root) === "complete") console.log("▸ Build skipped (SKIP_BUILD=1)");
  else if (reason) await step(`Build (${reason})`, () => run(bin("next"), ["build"]));
  else console.log("▸ Build is up to date");

  const serverStart = performance.now();
  console.log(`▸ Starting the server on ${host}:${port}…`);
  // In this process (decision 025): the server handles the stop signals itself, and a failure to start is its
  // one sentence and exit code. Resolves once it listens.
  // PORT as a server started by spawn-server.ts has it (core/config/env.ts's portConfigured).
  process.env.PORT = String(port);
  const { serve } = await import("./serve");
  await serve();

  const urls = listenUrls(host, port, networkInterfaces());
  const { demoAccounts } = await import("../infra/seed/seed-accounts");
  // Same line format as always ("    <role>  <email> / <password>"), so scripts can still read it. The customer is
  // public (shared by the room); the admin's line is in the instructor's block only.
  const accountLine = (a: { role: string; email: string; password: string }) =>
    `    ${a.role === "admin" ? "admin   " : "customer"}  ${a.email} / ${a.password}`;
  const [customer, admin] = embedded ? demoAccounts() : [];
  const accounts = customer
    ? `${accountLine(customer)}\n    (shared: everyone in the room may log in as it and see its orders; register your own for private ones)`
    : "    (none: DATABASE_URL is not the embedded default)";
  const share = urls.lan[0];
  const where = urls.private
    ? [
        `    On this computer:  ${urls.local}`,
        `    Private to this machine (HOST=${host}): nobody else can open it. Leave HOST unset to share it with the room.`,
      ]
    : [
        ...(urls.local ? [`    On this computer:  ${urls.local}`] : []),
        ...urls.lan.map((url, i) => `    On the network:    ${url}${i === 0 ? "   <- share this one with students" : ""}`),
        ...(share ? [] : ["    No network address found: connect this computer to the room's Wi-Fi (or network), then start again."]),
      ];
  const base = urls.local ?? share!;
  console.log(
    [
      "",
      `  Pet Store Twin is running  (ready in ${elapsed(total)}; server ${elapsed(serverStart)})`,
      ...where,
      `    Monolith:   ${base}/monolith`,
      `    Serverless: ${base}/serverless`,
      `  Demo accounts:`,
      accounts,
      `  Database: ${embedded ? databaseUrl() : "DATABASE_URL"}`,
      "",
      // For the instructor only: it opens the classroom controls. The key is in the data folder's secrets.json.
      instructorLine(urls, classKey),
      `    (keep this link to yourself: it unlocks the classroom controls)`,
      ...(admin ? [`  Store admin (keep it to yourself; it is in the data folder's secrets.json):`, accountLine(admin)] : []),
      `  Stop with Ctrl-C.`,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  // A known problem is one sentence; anything else is its message, never a stack trace.
  console.error(error instanceof PreflightProblem || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
