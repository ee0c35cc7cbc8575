// `npm run bench:pipeline`: the same 50 generated 1600×1200 photos through (1) raw sharp — the core sizes
// and format, two photos in flight, no storage or database: the ceiling of this machine — and (2) each
// architecture's pipeline on a running built server (the monolith's form post to its in-process consumer, then
// the serverless client upload to its workflow run), uploaded two at a time like an admin page would.
// Prints thumbnails/s (photos × sizes over the wall time until the last one is searchable) and each photo's
// upload→searchable time, p50/p95, as a markdown table. BENCH_URL reuses a running server; otherwise one is
// started on port 3320 with its own data folder (data/bench-pipeline). BENCH_PHOTOS changes the count.
// BENCH_COMPARE_DIR=<another checkout with its own build> runs both pipelines on that build too (its own server on
// BENCH_PORT + 2, its own data folder), before this one's, in the same run against the same raw-sharp baseline.
import "./lib/check-node";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { recordRows } from "./lib/bench-rows";
import { ensureFreshBuild } from "./lib/build-freshness";
import { spawnServer } from "./lib/spawn-server";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { THUMBNAIL_FORMAT, THUMBNAIL_SIZES } from "../core/images/image-rules";
import { generatePhotos } from "./pipeline/generate-photos";
import { addPetMonolith, signInMonolithAdmin } from "./pipeline/monolith-admin-client";
import { signInAdmin, uploadPhoto, waitForHealth } from "./pipeline/serverless-admin-client";

const root = path.resolve(import.meta.dirname, "..");
const COUNT = Number(process.env.BENCH_PHOTOS ?? 50);
const IN_FLIGHT = 2;

type Row = { name: string; seconds: number; latencies: number[] };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

async function pool<T>(items: T[], width: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

async function rawSharp(photos: Buffer[]): Promise<Row> {
  sharp.concurrency(1);
  const latencies: number[] = [];
  const t0 = performance.now();
  await pool(photos, IN_FLIGHT, async (photo) => {
    const s = performance.now();
    const { data, info } = await sharp(photo).rotate().raw().toBuffer({ resolveWithObject: true });
    await Promise.all(
      THUMBNAIL_SIZES.map((size) =>
        sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
          .resize(size, size, { fit: "inside", withoutEnlargement: true })
          .webp({ quality: THUMBNAIL_FORMAT.quality })
          .toBuffer(),
      ),
    );
    latencies.push(performance.now() - s);
  });
  return { name: "raw sharp (baseline, in process)", seconds: (performance.now() - t0) / 1000, latencies };
}

async function searchable(base: string, name: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const res = await fetch(`${base}/api/functions/search?q=${encodeURIComponent(name)}&limit=60`);
    if (res.ok && ((await res.json()) as { hits: { name: string }[] }).hits.some((h) => h.name === name)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} never became searchable`);
}

async function serverlessPipeline(base: string, photos: Buffer[], label = ""): Promise<Row> {
  const cookie = await signInAdmin(base);
  const tag = Date.now().toString(36);
  const latencies: number[] = [];
  const t0 = performance.now();
  await pool(photos, IN_FLIGHT, async (photo, i) => {
    const name = `Benchpet ${tag} ${i}`;
    const s = performance.now();
    await uploadPhoto(base, cookie, { name, category: "dogs", price: "10", stock: "1" }, photo);
    await searchable(base, name, Date.now() + 120_000);
    latencies.push(performance.now() - s);
  });
  return { name: `${label}serverless: client upload → workflow steps`, seconds: (performance.now() - t0) / 1000, latencies };
}

async function monolithPipeline(base: string, photos: Buffer[], label = ""): Promise<Row> {
  const jar = await signInMonolithAdmin(base);
  const tag = Date.now().toString(36);
  const latencies: number[] = [];
  const t0 = performance.now();
  await pool(photos, IN_FLIGHT, async (photo, i) => {
    const name = `Benchmono ${tag} ${i}`;
    const s = performance.now();
    await addPetMonolith(base, jar, { name, category: "dogs", price: "10", stock: "1" }, photo);
    await searchable(base, name, Date.now() + 120_000);
    latencies.push(performance.now() - s);
  });
  return { name: `${label}monolith: form post → in-process consumer`, seconds: (performance.now() - t0) / 1000, latencies };
}

/** A built checkout's server on its own data folder (emptied but for the seed pictures). */
async function startServer(appDir: string, dataDir: string, port: number): Promise<ChildProcess> {
  mkdirSync(path.join(dataDir, "blobs"), { recursive: true });
  for (const e of readdirSync(dataDir)) if (e !== "blobs") rmSync(path.join(dataDir, e), { recursive: true, force: true });
  for (const e of readdirSync(path.join(dataDir, "blobs")))
    if (e !== "seed") rmSync(path.join(dataDir, "blobs", e), { recursive: true, force: true });
  const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" as const };
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: appDir, env, stdio: "ignore" });
  const server =
    appDir === root
      ? spawnServer({ env, port, host: "127.0.0.1", stdio: "ignore" })
      : spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
          cwd: appDir,
          env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
          stdio: "ignore",
        });
  await waitForHealth(`http://127.0.0.1:${port}`, 60_000);
  return server;
}

async function main() {
  console.log(`generating ${COUNT} photos (1600×1200 JPEG q85)…`);
  const photos = await generatePhotos(COUNT);
  const rows: Row[] = [await rawSharp(photos)];

  const before = loadavg();
  let base = process.env.BENCH_URL;
  let server: ChildProcess | undefined;
  const compareDir = process.env.BENCH_COMPARE_DIR;
  const port = Number(process.env.BENCH_PORT ?? 3320);
  if (!base) {
    ensureFreshBuild();
    server = await startServer(root, path.join(root, "data/bench-pipeline"), port);
    base = `http://127.0.0.1:${port}`;
  }
  try {
    // With a compare build, the two builds alternate path by path (the machine changes under a long run).
    const other = compareDir
      ? await startServer(path.resolve(compareDir), path.join(root, "data/bench-pipeline-compare"), port + 2)
      : undefined;
    try {
      const otherBase = `http://127.0.0.1:${port + 2}`;
      if (other) rows.push(await monolithPipeline(otherBase, photos, "compare (before) "));
      rows.push(await monolithPipeline(base, photos));
      if (other) rows.push(await serverlessPipeline(otherBase, photos, "compare (before) "));
      rows.push(await serverlessPipeline(base, photos));
    } finally {
      other?.kill("SIGTERM");
    }
    // The baseline again at the end: the machine may have changed under the run.
    rows.push({ ...(await rawSharp(photos)), name: "raw sharp again (end of run)" });
  } finally {
    server?.kill("SIGTERM");
  }

  console.log(`\n${COUNT} photos, ${THUMBNAIL_SIZES.length} sizes each (${THUMBNAIL_SIZES.join("/")} px WebP), ${IN_FLIGHT} in flight\n`);
  console.log(
    `load average ${before.map((n) => n.toFixed(2)).join(" ")} → ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}\n`,
  );
  // The ratio's baseline: raw sharp's mean over the run's start and end.
  const raw = (COUNT / rows[0]!.seconds + COUNT / rows[rows.length - 1]!.seconds) / 2;
  console.log(
    `| path | thumbnails/s | photos/s | ÷ raw sharp (mean of start and end, ${raw.toFixed(2)} photos/s) | upload→searchable p50 ms | p95 ms |`,
  );
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const perSecond = COUNT / r.seconds;
    const latency = r.name.startsWith("raw") ? "— (per photo " + pct(r.latencies, 50).toFixed(0) + ")" : pct(r.latencies, 50).toFixed(0);
    console.log(
      `| ${r.name} | ${(perSecond * THUMBNAIL_SIZES.length).toFixed(1)} | ${perSecond.toFixed(2)} | ${(perSecond / raw).toFixed(2)} | ${latency} | ${r.name.startsWith("raw") ? "—" : pct(r.latencies, 95).toFixed(0)} |`,
    );
  }
  // For `npm run bench`: this build's two pipelines against the goal (a compare build's rows only inform).
  recordRows(
    rows
      .filter((r) => !r.name.startsWith("raw"))
      .map((r) => {
        const ratio = COUNT / r.seconds / raw;
        const compare = r.name.startsWith("compare");
        return {
          measure: `pipeline photos/s ÷ raw sharp, ${r.name}`,
          value: `${ratio.toFixed(2)} (${(COUNT / r.seconds).toFixed(2)} / ${raw.toFixed(2)})`,
          goal: "≥ 0.7",
          met: compare ? null : ratio >= 0.7,
        };
      }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
