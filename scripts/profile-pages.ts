// Where a monolith page's CPU time goes: serves the built app with `node --cpu-prof` on a freshly seeded data
// folder, loads the monolith pages with autocannon (20 connections, no cookies: the worst case, a classroom of
// first visits), stops the server cleanly so V8 writes its profile, and prints the self time by part.
//
// Usage: npm run profile:pages   (needs a build: `npx next build`)
// Options: PROFILE_PORT (3810), PROFILE_SECONDS per path (8), PROFILE_PATHS (comma-separated), PROFILE_DIR,
//          PROFILE_APP_DIR (another checkout with its own build, e.g. the commit before a change).
import "./lib/check-node";
import autocannon from "autocannon";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { breakdown, type CpuProfile } from "./lib/cpu-profile-breakdown";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PROFILE_PORT ?? 3810);
const seconds = Number(process.env.PROFILE_SECONDS ?? 8);
const paths = (process.env.PROFILE_PATHS ?? "/monolith,/monolith/category/dogs,/monolith/pets/5,/monolith/search?q=retriever").split(",");
const outDir = path.resolve(process.env.PROFILE_DIR ?? path.join(root, "bench-results/profile"));
const appDir = path.resolve(process.env.PROFILE_APP_DIR ?? root);

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
  const dataDir = path.join(root, appDir === root ? "data/profile" : "data/profile-compare");
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" as const, PORT: String(port), HOST: "127.0.0.1" };
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/seed.ts"], { cwd: appDir, env, stdio: "ignore" });
  const server = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${outDir}`, "--import", "tsx", "scripts/serve.ts"], {
    cwd: appDir,
    env,
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, 90_000);
  for (const p of paths) await fetch(base + p);
  const loadStarted = performance.now();
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  for (const p of paths) {
    const r = await autocannon({ url: base + p, connections: 20, duration: seconds });
    console.log(`${p}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, non-2xx ${r.non2xx}`);
  }
  console.log(
    `load average after: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  const loadMs = performance.now() - loadStarted;
  const exited = new Promise((r) => server.on("exit", r));
  server.kill("SIGTERM");
  await exited;
  const file = readdirSync(outDir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("the server wrote no CPU profile");
  const profile = JSON.parse(readFileSync(path.join(outDir, file), "utf8")) as CpuProfile;
  console.log(`\nself time by part, the last ${(loadMs / 1000).toFixed(0)} s (the load; start-up left out) (${path.join(outDir, file)}):`);
  console.log("| part | ms | % of busy |\n|---|---:|---:|");
  for (const row of breakdown(profile, loadMs)) console.log(`| ${row.part} | ${row.ms.toFixed(0)} | ${row.percent.toFixed(1)} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
