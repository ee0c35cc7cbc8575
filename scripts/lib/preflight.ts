// Checks before `npm start`, the e2e server, the seed and the benchmarks do any work, so that the usual first-run
// problems on an instructor's laptop end in one plain sentence with the fix, never a stack trace:
// an old Node, a busy port, a data folder that cannot be written, missing native packages for this platform,
// a database that was never migrated, a half-finished previous build.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Not import.meta.dirname: it is undefined before Node 20.11, and the version check must run on old Nodes too.
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** A problem a person can fix; `exitWith` prints only its message. */
export class PreflightProblem extends Error {
  override name = "PreflightProblem";
}

/** Prints the sentence and exits non-zero. Anything else is shown as its message only (still no stack). */
export function exitWith(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// --- Node version ------------------------------------------------------------------------------------------

function parseVersion(text: string): number[] {
  return text
    .replace(/^[^\d]*/, "")
    .split(".")
    .map((n) => Number.parseInt(n, 10) || 0);
}

function atLeast(current: number[], minimum: number[]): boolean {
  for (let i = 0; i < Math.max(current.length, minimum.length); i++) {
    const a = current[i] ?? 0;
    const b = minimum[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** `engines.node` is `>=X.Y`; returns the sentence when `current` is older. */
export function nodeVersionProblem(current: string, engines: string): string | null {
  const minimum = /^>=\s*([\d.]+)$/.exec(engines.trim())?.[1];
  if (!minimum || atLeast(parseVersion(current), parseVersion(minimum))) return null;
  const major = parseVersion(minimum)[0];
  return `This is Node.js ${current.replace(/^v/, "")}, and Pet Store Twin needs ${minimum} or newer: install the current Node.js ${major} LTS or later (https://nodejs.org, or \`nvm install\` in this folder, which reads .nvmrc), then run the command again.`;
}

export function checkNodeVersion(): void {
  const engines = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines?: { node?: string } }).engines?.node;
  const problem = engines ? nodeVersionProblem(process.versions.node, engines) : null;
  if (problem) throw new PreflightProblem(problem);
}

// --- Port --------------------------------------------------------------------------------------------------

function run(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 3000 });
  return result.status === 0 || result.stdout ? result.stdout : null;
}

/** Who listens on the port, from lsof or ss when this computer has one ("node (pid 1234)"), else null. */
export function whoListensOn(port: number): string | null {
  const lsof = run("lsof", ["-nP", `-iTCP:${port}`, "-sTCP:LISTEN", "-Fpc"]);
  if (lsof) {
    const pid = /^p(\d+)$/m.exec(lsof)?.[1];
    const name = /^c(.+)$/m.exec(lsof)?.[1];
    if (pid) return `${name ?? "a program"} (pid ${pid})`;
  }
  const ss = run("ss", ["-ltnpH", `sport = :${port}`]);
  if (ss) {
    const m = /users:\(\("([^"]+)",pid=(\d+)/.exec(ss);
    if (m) return `${m[1]} (pid ${m[2]})`;
  }
  return null;
}

/** `variable`: the setting that picks the port for `command` (PORT for npm start, E2E_PORT for the e2e suite). */
export function describePortInUse(port: number, command: string, variable = "PORT"): string {
  const who = whoListensOn(port) ?? "another program";
  return `Port ${port} is already in use by ${who}. Stop that program, or use another port: ${variable}=${port + 1} ${command}`;
}

/** Resolves when the port can be listened on; throws the sentence when it is taken. */
export async function checkPortFree(port: number, host: string, command: string, variable = "PORT"): Promise<void> {
  const problem = await new Promise<string | null>((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolve(describePortInUse(port, command, variable));
      else if (error.code === "EACCES") resolve(`This user may not open port ${port}. Pick one above 1023: ${variable}=3000 ${command}`);
      else if (error.code === "EADDRNOTAVAIL")
        resolve(`HOST=${host} is not an address of this computer. Leave HOST unset to listen on all of them, or set HOST=127.0.0.1.`);
      else resolve(null); // anything odd: let the server report it itself
    });
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
  if (problem) throw new PreflightProblem(problem);
}

// --- Data folder -------------------------------------------------------------------------------------------

const WHY: Record<string, string> = {
  ENOTDIR: "part of that path is a file, not a folder",
  EEXIST: "part of that path is a file, not a folder",
  EACCES: "this user has no permission to write there",
  EPERM: "this user has no permission to write there",
  EROFS: "that disk is read-only",
  ENOSPC: "that disk is full",
};

/** Creates the folder and writes a probe file into it; throws which folder and why when that fails. */
export function checkDataFolderWritable(dir: string, command: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-test-${process.pid}`);
    writeFileSync(probe, "ok");
    rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const why = WHY[code] ?? `the system said ${code || "no"}`;
    throw new PreflightProblem(
      `The data folder ${dir} cannot be written: ${why}. Point DATA_DIR at a folder you can write to, e.g. DATA_DIR=./data ${command}`,
    );
  }
}

// --- Native packages ---------------------------------------------------------------------------------------

const REINSTALL =
  "rm -rf node_modules && npm install (on this computer; a node_modules copied from another one, or installed with --omit=optional, lacks them)";

/** sharp (image processing), libSQL (the database) and Argon2 (passwords) ship one native build per platform as optional packages. */
export function checkNativePackages(): void {
  const require = createRequire(path.join(root, "package.json"));
  const platform = `${process.platform}-${process.arch}`;
  for (const [pkg, what] of [
    ["sharp", "sharp (@img/sharp-*), which draws the pictures"],
    ["libsql", "libSQL (@libsql/*), the database driver"],
    ["@node-rs/argon2", "Argon2 (@node-rs/argon2-*), which checks passwords"],
  ] as const) {
    try {
      require(pkg);
    } catch {
      throw new PreflightProblem(`The ${platform} build of ${what}, is missing from node_modules. Reinstall the packages: ${REINSTALL}.`);
    }
  }
}

// --- Database and build ------------------------------------------------------------------------------------

/** Applies pending migrations (creates the database on a fresh clone); quiet unless it fails. */
export function migrateDatabase(env: NodeJS.ProcessEnv = process.env): void {
  try {
    execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "pipe" });
  } catch (error) {
    const output = `${(error as { stdout?: Buffer }).stdout ?? ""}${(error as { stderr?: Buffer }).stderr ?? ""}`;
    // Prisma's own first error line (e.g. "P1001: Can't reach database server") is the useful part.
    const line = output
      .split("\n")
      .find((l) => /^Error|P\d{4}/.test(l.trim()))
      ?.trim();
    throw new PreflightProblem(
      `The database could not be prepared (prisma migrate deploy): ${line ?? "see `npx prisma migrate deploy` for details"}. Check DATABASE_URL, or leave it unset for the embedded database.`,
    );
  }
}

/** Files a finished `next build` always leaves; an interrupted one (Ctrl-C, full disk) lacks some of them. */
const BUILD_MARKERS = ["BUILD_ID", "server", "routes-manifest.json", "required-server-files.json"];

/** "none" (never built), "incomplete" (a build stopped half-way) or "complete". */
export function buildState(dir = root): "none" | "incomplete" | "complete" {
  const next = path.join(dir, ".next");
  if (!existsSync(next)) return "none";
  return BUILD_MARKERS.every((f) => existsSync(path.join(next, f))) ? "complete" : "incomplete";
}

/** Everything a script that starts the server checks first. */
export async function preflightServer(options: { port: number; host: string; dataDir?: string; command: string }): Promise<void> {
  checkNodeVersion();
  checkNativePackages();
  if (options.dataDir) checkDataFolderWritable(options.dataDir, options.command);
  await checkPortFree(options.port, options.host, options.command);
}

// --- Configuration -----------------------------------------------------------------------------------------

/** The validated settings, or one sentence per bad variable (zod's issues, not its JSON). */
export async function readSettings() {
  const [{ env }, { ZodError, prettifyError }] = await Promise.all([import("../../core/config/env"), import("zod")]);
  try {
    return env();
  } catch (error) {
    if (error instanceof ZodError) throw new PreflightProblem(`The configuration is not valid:\n${prettifyError(error)}`);
    throw new PreflightProblem(error instanceof Error ? error.message : String(error));
  }
}
