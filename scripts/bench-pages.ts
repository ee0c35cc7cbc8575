// Page load benchmark on loopback: p50/p95 latency and throughput of the store's pages under
// 20 concurrent connections, with a baseline measured in the same run (the static landing page and
// /api/health), because this machine is shared and noisy: compare ratios, not single timings.
//
// Usage: npm run bench            (starts its own server on a fresh seeded DB; needs `next build` done)
//        BENCH_URL=http://127.0.0.1:3000 npm run bench   (measure a server you already run)
// Options: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 20), BENCH_PATHS (comma-separated).
import autocannon from "autocannon";
import "./lib/check-node";
import { execFileSync, type ChildProcess } from "node:child_process";
import { ensureFreshBuild } from "./lib/build-freshness";
import { spawnServer } from "./lib/spawn-server";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const defaultPaths = ["/", "/api/health", "/monolith", "/monolith/category/dogs", "/monolith/pets/1", "/monolith/search?q=retriever"];
const paths = process.env.BENCH_PATHS ? process.env.BENCH_PATHS.split(",") : defaultPaths;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(base: string, p: string) {
  const times: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: base + p, connections, duration: seconds }, (err, res) => (err ? reject(err) : resolve(res)));
    // autocannon reports p97.5 but not p95: keep every response time and compute percentiles ourselves.
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status >= 400) non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    path: p,
    requests: times.length,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: non2xx + result.errors,
  };
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not come up`);
}

async function main() {
  let base = process.env.BENCH_URL;
  let server: ChildProcess | undefined;
  if (!base) {
    const dataDir = path.join(root, "data/bench");
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" as const };
    const bin = (n: string) => path.join(root, "node_modules/.bin", n);
    ensureFreshBuild();
    execFileSync(bin("tsx"), ["prisma/seed.ts", ...(process.env.BENCH_PETS ? ["--pets", process.env.BENCH_PETS] : [])], {
      cwd: root,
      env,
      stdio: "ignore",
    });
    server = spawnServer({ env, port: 3300, host: "127.0.0.1", stdio: "ignore" });
    base = "http://127.0.0.1:3300";
    await waitFor(`${base}/api/health`, 60_000);
  }
  try {
    // Warm every route once (first render compiles nothing in production, but fills caches and the search index).
    for (const p of paths) await fetch(base + p);
    const rows = [];
    for (const p of paths) rows.push(await measure(base, p));
    const baseline = rows[0]!;
    console.log(`\n${connections} connections, ${seconds} s per path, ${base}\n`);
    console.log("| path | req/s | p50 ms | p95 ms | p95 vs baseline | errors |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const r of rows) {
      console.log(
        `| ${r.path} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ×${(r.p95 / baseline.p95).toFixed(1)} | ${r.errors} |`,
      );
    }
  } finally {
    server?.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
