// `npm run bench`: every row of issue 13's table in one run, each against a baseline measured in the same run, and
// exit 1 when any goal is missed. It runs the benchmark scripts one after another (never two at once: they would
// measure each other) and collects the rows each one reports (scripts/lib/bench-rows.ts):
//   bench-pages.ts       monolith pages ÷ a bare Next.js page, server RSS, the 100,000-pet rows
//   bench-pipeline.ts    pipeline photos/s ÷ raw sharp, both architectures
//   bench-functions.ts   purchases/s with nothing oversold (and the search function, for its own table)
//   bench-lighthouse.ts  JavaScript transferred and /architecture's performance score (Lighthouse, mobile)
//   bench-first-view.ts  serverless ÷ monolith in a real browser: a full load and an in-app navigation until pets show
// Not part of `npm test`: it is a benchmark, not a test. BENCH_ONLY=pages,lighthouse runs a subset.
import "./lib/check-node";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { loadAverageChange, missedGoals, parseRows, rowsTable, type BenchRow } from "./lib/bench-rows";
import { ensureFreshBuild } from "./lib/build-freshness";
import { root } from "./lib/preflight";

const BENCHES = [
  { name: "pages", script: "scripts/bench-pages.ts" },
  { name: "pipeline", script: "scripts/bench-pipeline.ts" },
  // The search function's rows come from bench-pages (at 100,000 pets): here only the purchases.
  { name: "functions", script: "scripts/bench-functions.ts", env: { BENCH_SEARCH: "0" } },
  { name: "lighthouse", script: "scripts/bench-lighthouse.ts" },
  { name: "first-view", script: "scripts/bench-first-view.ts" },
] as const satisfies readonly { name: string; script: string; env?: Record<string, string> }[];

function run(script: string, rowsFile: string, env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, script)], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ...env, BENCH_ROWS_FILE: rowsFile },
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
  const chosen = BENCHES.filter((b) => !only || only.includes(b.name));
  ensureFreshBuild(); // once, before any bench starts a server (each would otherwise check again)
  const rows: BenchRow[] = [];
  const before = loadavg();
  for (const bench of chosen) {
    const rowsFile = path.join(tmpdir(), `pst-bench-${process.pid}-${bench.name}.jsonl`);
    rmSync(rowsFile, { force: true });
    console.log(`\n== ${bench.script}`);
    const code = await run(bench.script, rowsFile, "env" in bench ? bench.env : {});
    const reported = existsSync(rowsFile) ? parseRows(readFileSync(rowsFile, "utf8")) : [];
    rmSync(rowsFile, { force: true });
    // A bench that crashed before reporting is a missed goal, not a silently shorter table.
    if (reported.length === 0)
      rows.push({ measure: `${bench.name}: no rows (exit ${code})`, value: "—", goal: "rows reported", met: false });
    rows.push(...reported);
  }
  console.log(`\n== every row (${loadAverageChange(before, loadavg())})\n`);
  console.log(rowsTable(rows));
  const missed = missedGoals(rows);
  console.log(`\n${missed} goal(s) missed.`);
  process.exit(missed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
