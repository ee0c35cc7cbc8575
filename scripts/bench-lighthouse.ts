// `npm run bench:lighthouse`: the JavaScript each page makes a phone download, and /architecture's performance
// score and total blocking time, from Lighthouse (mobile, its default) against the built app served as `npm start`
// does. The bare Next.js page (scripts/lib/bare-next.ts) is measured in the same run for scale: its JavaScript is
// the framework's floor, and its blocking time says how loaded the machine was.
//
// Lighthouse is fetched with npx at the pinned version (12.2.3: 13 wants Node 22) rather than installed with the
// app: it is a measuring tool, and `npm install` for the class should not pull it in.
// Options: BENCH_PORT (3300; the app takes it, the bare page the next port);
//          BENCH_COMPARE_DIR=<folder with another build of this app> audits its pages too, each right before the
//          same page of this build (same run, same load), and prints them as extra "before" rows.
import "./lib/check-node";
import { execFileSync, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { buildBareNext, startBareNext } from "./lib/bare-next";
import { loadAverageChange, recordRows, rowsTable, type BenchRow } from "./lib/bench-rows";
import { startApp, stop, waitFor } from "./lib/bench-server";
import { ensureFreshBuild } from "./lib/build-freshness";
import { chromiumPath } from "./lib/chromium-path";
import { root } from "./lib/preflight";

const LIGHTHOUSE = "lighthouse@12.2.3";
const basePort = Number(process.env.BENCH_PORT ?? 3300);

type Audit = { jsKb: number; score: number; tbtMs: number };

/** One Lighthouse run (mobile emulation and throttling, performance only); the median of `runs` by score. */
function lighthouse(url: string, runs = 3): Audit {
  const audits: Audit[] = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(tmpdir(), `pst-lighthouse-${process.pid}-${i}.json`);
    execFileSync(
      "npx",
      [
        "-y",
        LIGHTHOUSE,
        url,
        "--quiet",
        "--only-categories=performance",
        "--output=json",
        `--output-path=${out}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
      ],
      { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chromiumPath() } },
    );
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      categories: { performance: { score: number } };
      audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
    };
    rmSync(out, { force: true });
    const script = report.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script");
    audits.push({
      jsKb: (script?.transferSize ?? NaN) / 1024,
      score: Math.round(report.categories.performance.score * 100),
      tbtMs: report.audits["total-blocking-time"]?.numericValue ?? NaN,
    });
  }
  audits.sort((a, b) => a.score - b.score);
  return audits[Math.floor(audits.length / 2)]!;
}

async function main() {
  ensureFreshBuild();
  const children: ChildProcess[] = [];
  const rows: BenchRow[] = [];
  try {
    const bareDir = buildBareNext();
    const barePort = basePort + 1;
    children.push(startBareNext(bareDir, barePort));
    children.push(await startApp(root, path.join(root, "data/bench-lighthouse"), basePort));
    const compareDir = process.env.BENCH_COMPARE_DIR;
    const comparePort = basePort + 2;
    if (compareDir) children.push(await startApp(path.resolve(compareDir), path.join(root, "data/bench-lighthouse-compare"), comparePort));
    await waitFor(`http://127.0.0.1:${barePort}/`);
    const app = `http://127.0.0.1:${basePort}`;
    const before = loadavg();
    const bare = lighthouse(`http://127.0.0.1:${barePort}/`);
    const paths = { monolith: "/monolith", serverless: "/serverless", architecture: "/architecture" } as const;
    const measured = {} as Record<keyof typeof paths, Audit>;
    const compared = {} as Record<keyof typeof paths, Audit>;
    for (const [page, p] of Object.entries(paths) as [keyof typeof paths, string][]) {
      if (compareDir) compared[page] = lighthouse(`http://127.0.0.1:${comparePort}${p}`);
      measured[page] = lighthouse(`${app}${p}`);
    }
    const goals = { monolith: 90, serverless: 160, architecture: 200 } as const;
    if (compareDir) {
      const line = (a: Audit) => `${a.jsKb.toFixed(0)} kB; ${a.score} (${a.tbtMs.toFixed(0)} ms)`;
      for (const page of Object.keys(paths) as (keyof typeof paths)[]) {
        rows.push({
          measure: `${paths[page]}: JavaScript; performance score (total blocking time) — before (${path.basename(path.resolve(compareDir))}) → this build`,
          value: `${line(compared[page])} → ${line(measured[page])}`,
          goal: "—",
          met: null,
        });
      }
    }
    for (const [page, audit] of Object.entries(measured) as [keyof typeof goals, Audit][]) {
      rows.push({
        measure: `JavaScript transferred, Lighthouse mobile: ${page === "architecture" ? "/architecture" : page} (bare Next page: ${bare.jsKb.toFixed(0)} kB)`,
        value: `${audit.jsKb.toFixed(0)} kB`,
        goal: `≤ ${goals[page]} kB`,
        met: audit.jsKb <= goals[page],
      });
    }
    const arch = measured.architecture;
    rows.push({
      measure: `Lighthouse performance, /architecture (total blocking time; bare Next page ${bare.score}, ${bare.tbtMs.toFixed(0)} ms)`,
      value: `${arch.score} (${arch.tbtMs.toFixed(0)} ms)`,
      goal: "≥ 95 (≤ 200 ms)",
      met: arch.score >= 95 && arch.tbtMs <= 200,
    });
    console.log(`\n${loadAverageChange(before, loadavg())}`);
  } finally {
    for (const c of children.reverse()) await stop(c);
  }
  console.log(`\nLighthouse ${LIGHTHOUSE.split("@")[1]}, mobile, median of 3 runs per page\n`);
  console.log(rowsTable(rows));
  recordRows(rows);
  process.exit(rows.some((r) => r.met === false) ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
