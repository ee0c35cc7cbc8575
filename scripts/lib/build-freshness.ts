// Whether the last `next build` still matches the sources: `npm start`, the e2e server, the crash test and the
// benchmarks all rebuild when it does not, so nobody tests or serves yesterday's code by accident.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildState, root as repoRoot } from "./preflight";

// What a build depends on: a change in any of these makes the last build stale.
export const BUILD_INPUTS = [
  "app",
  "classroom",
  "core",
  "infra",
  "monolith",
  "serverless",
  "hybrid",
  "messages",
  "i18n",
  "components",
  "lens",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
];

/** The first file under `target` modified after `than`, or null. */
export function newerThan(target: string, than: number): string | null {
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

/** Why the app must be built again (a sentence), or null when the last build is complete and up to date. */
export function buildReason(root = repoRoot, inputs = BUILD_INPUTS): string | null {
  const state = buildState(root);
  if (state === "none") return "no previous build";
  if (state === "incomplete") return "the previous build did not finish";
  let builtAt: number;
  try {
    builtAt = statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return "no previous build";
  }
  for (const input of inputs) {
    const changed = newerThan(path.join(root, input), builtAt);
    if (changed) return `${path.relative(root, changed)} changed since the last build`;
  }
  return null;
}

/** Builds (next build) when the last build is missing, unfinished or older than the sources; says why. */
export function ensureFreshBuild(options: { root?: string; env?: NodeJS.ProcessEnv } = {}): void {
  const root = options.root ?? repoRoot;
  const reason = buildReason(root);
  if (!reason) return;
  console.log(`▸ Building (${reason})…`);
  execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env: options.env ?? process.env, stdio: "inherit" });
}
