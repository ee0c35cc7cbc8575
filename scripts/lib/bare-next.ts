// The bench's same-run baseline: a bare Next.js app (scripts/bench/bare-next: one dynamic page that reads a cookie
// and renders 24 pet cards, no database) built at this project's Next.js version in a temporary folder inside the
// git-ignored data folder: with no lockfile of its own, Next (Turbopack, as for the app) takes this repository as
// the workspace and resolves next and react from its node_modules (no network, nothing installed). Rebuilt only
// when its sources or the Next version change.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./preflight";

const template = path.join(root, "scripts/bench/bare-next");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

function nextVersion(): string {
  return (JSON.parse(readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
}

function fingerprint(): string {
  const files = ["app/layout.tsx", "app/page.tsx", "next.config.mjs", "tsconfig.json"];
  return [nextVersion(), ...files.map((f) => readFileSync(path.join(template, f), "utf8"))].join("\n--\n");
}

/** Builds the bare app (when needed) and returns its folder. */
export function buildBareNext(log: (line: string) => void = console.log): string {
  const dir = path.join(root, "data/bench-bare-next");
  const stamp = path.join(dir, ".bench-fingerprint");
  if (existsSync(path.join(dir, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint()) return dir;
  log(`building the bare Next.js ${nextVersion()} page in ${dir}…`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(template, dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true, type: "module" }));
  execFileSync(process.execPath, [nextBin, "build"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  writeFileSync(stamp, fingerprint());
  return dir;
}

export function startBareNext(dir: string, port: number): ChildProcess {
  return spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
}
