// Lab bench benchmark: what the in-app load generator reaches against each architecture, and what the server's
// memory does meanwhile. Starts its own server (built app, throwaway database) on loopback, then for each target
// (monolith, serverless, both) runs the generator through POST /api/class/load and reads GET /api/class/load when
// it ends: requests/s over the run, p50/p95 over its last 10 s, errors by status; plus the server's RSS (its whole
// process tree, sampled every 250 ms). The gateway's rate limits stay at their defaults: the 429s are part of the
// picture. Settings: BENCH_USERS (50), BENCH_SECONDS (20), BENCH_PORT (3310).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { LoadStatus } from "../classroom/model/load-stats";
import { waitFor } from "./lib/bench-server";
import { processTreeMemory, treeTotals } from "./lib/process-tree-memory";
import { spawnServer } from "./lib/spawn-server";

const root = path.resolve(import.meta.dirname, "..");
const bin = (n: string) => path.join(root, "node_modules/.bin", n);
const users = Number(process.env.BENCH_USERS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const port = process.env.BENCH_PORT ?? "3310";
const base = `http://127.0.0.1:${port}`;
const key = randomBytes(18).toString("base64url");
const headers = { "content-type": "application/json", "x-class-key": key };
/** The server's whole process tree, in MB. */
const treeRssMb = (pid: number) => treeTotals(processTreeMemory(pid)).rssMb;

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("Build first: npx next build");
  const dataDir = path.join(root, "data/bench-load");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" as const, CLASS_KEY: key, IMAGE_CONSUMER_DISABLED: "true" };
  execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync(bin("tsx"), ["scripts/seed.ts"], { cwd: root, env, stdio: "ignore" });
  const server = spawnServer({ env, port, host: "127.0.0.1", stdio: "ignore" });
  try {
    await waitFor(`${base}/api/health`, 60_000);
    console.log(
      `lab bench load: ${users} virtual users × ${seconds} s per target (ramp-up ${Math.floor(seconds / 5)} s), server RSS idle ${Math.round(treeRssMb(server.pid!))} MB\n`,
    );
    console.log("target      side        req/s   p50 ms  p95 ms  requests  errors  by status                      RSS max MB");
    for (const target of ["monolith", "serverless", "both"] as const) {
      const start = await fetch(`${base}/api/class/load`, { method: "POST", headers, body: JSON.stringify({ target, users, seconds }) });
      if (start.status !== 202) throw new Error(`start refused: ${start.status} ${await start.text()}`);
      let maxRss = 0;
      let status: LoadStatus;
      for (;;) {
        maxRss = Math.max(maxRss, treeRssMb(server.pid!));
        status = (await (await fetch(`${base}/api/class/load`, { headers })).json()) as LoadStatus;
        if (!status.running) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      for (const arch of target === "both" ? (["monolith", "serverless"] as const) : [target]) {
        const s = status.byTarget[arch];
        const overRun = Math.round((s.requests / status.elapsedSeconds) * 10) / 10;
        const byStatus = Object.entries(s.byStatus)
          .map(([k, v]) => `${k}:${v}`)
          .join(" ");
        console.log(
          `${target.padEnd(11)} ${arch.padEnd(11)} ${String(overRun).padStart(6)}  ${String(Math.round(s.p50Ms ?? NaN)).padStart(6)}  ${String(Math.round(s.p95Ms ?? NaN)).padStart(6)}  ${String(s.requests).padStart(8)}  ${String(s.errors).padStart(6)}  ${byStatus.padEnd(30)} ${Math.round(maxRss)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 2000)); // let the server settle between targets
    }
    console.log(`\nserver RSS after the runs: ${Math.round(treeRssMb(server.pid!))} MB`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
