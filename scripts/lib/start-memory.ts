// Issue 13's memory row, measured as a class meets it: the real `npm start` (npm, its shell, the server and
// anything they started) on a data folder of the bench's own, 20 s of load on both stores, then the memory of the
// whole process tree under npm. The gateway's per-address limits are opened (the load is one address on purpose;
// otherwise most search calls would be cheap 429s); everything else is the app's default settings, including the
// functions' concurrency limit, which bounds how many search instances (and index copies) exist.
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { root } from "./preflight";
import { processTreeMemory, type ProcessMemory } from "./process-tree-memory";
import { waitFor } from "./bench-server";

/** Both stores: the monolith's pages (search in process) and the serverless SPA shell and its search function. */
export const BOTH_STORES = [
  "/monolith",
  "/monolith/category/dogs",
  "/monolith/pets/5",
  "/monolith/search?q=retriever",
  "/serverless",
  "/api/functions/search?q=retriever",
];

/**
 * `npm start` in its own process group (so the whole tree can be stopped), serving `dataDir` on `port`. With
 * `withoutNpm`, the command npm would run (package.json's `start`, its environment settings included) in the shell
 * npm would run it in: the server a class has, less npm's own ~54 MB waiting beside it.
 */
export async function npmStart(
  dataDir: string,
  port: number,
  extraEnv: Record<string, string> = {},
  { withoutNpm = false } = {},
): Promise<ChildProcess> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const startCommand = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [command, args] = withoutNpm ? ["sh", ["-c", startCommand]] : ["npm", ["start"]];
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      SKIP_BUILD: "1",
      GATEWAY_IP_LIMIT_PER_MIN: "100000000",
      GATEWAY_USER_LIMIT_PER_MIN: "100000000",
      ...extraEnv,
    },
  });
  // The first start seeds the catalog (pictures drawn with sharp): give it time.
  await waitFor(`http://127.0.0.1:${port}/api/health`, 300_000);
  return child;
}

export type PathLoad = { path: string; requests: number; statuses: string };

/**
 * 20 connections on each path of both stores in turn, `seconds` in all; completed requests and status codes per
 * path. The search function answers some 503s by design: 20 connections against its default limit of 10 instances.
 */
export async function loadBothStores(base: string, seconds = 20): Promise<PathLoad[]> {
  const each = seconds / BOTH_STORES.length;
  const done: PathLoad[] = [];
  for (const p of BOTH_STORES) {
    const r = await autocannon({ url: base + p, connections: 20, duration: each });
    const stats = (r as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
    const statuses = Object.entries(stats)
      .map(([code, s]) => `${code}×${s.count}`)
      .join(" ");
    done.push({ path: p, requests: r.requests.total, statuses });
  }
  return done;
}

/** Every process of the tree under `child` (npm itself first). */
export function startTreeMemory(child: ChildProcess): ProcessMemory[] {
  return processTreeMemory(child.pid!);
}

/** Stops the whole `npm start` tree the way Ctrl-C in its terminal does: SIGINT to its process group. */
export async function stopNpmStart(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGINT");
  const late = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
  }, 10_000);
  await gone;
  clearTimeout(late);
}
