// `npm run bench:pipeline`: the same 50 generated 1600×1200 photos through (1) raw sharp — the core sizes
// and format, two photos in flight, no storage or database: the ceiling of this machine — and (2) each
// architecture's pipeline on a running built server (the monolith's form post to its in-process consumer, then
// the serverless client upload to its workflow run), uploaded two at a time like an admin page would.
// Prints thumbnails/s (photos × sizes over the wall time until the last one is searchable) and each photo's
// upload→searchable time, p50/p95, as a markdown table. BENCH_URL reuses a running server; otherwise one is
// started on port 3320 with its own data folder (data/bench-pipeline). BENCH_PHOTOS changes the count.
import "./lib/check-node";
import { execFileSync, type ChildProcess } from "node:child_process";
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

async function serverlessPipeline(base: string, photos: Buffer[]): Promise<Row> {
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
  return { name: "serverless: client upload → workflow steps", seconds: (performance.now() - t0) / 1000, latencies };
}

async function monolithPipeline(base: string, photos: Buffer[]): Promise<Row> {
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
  return { name: "monolith: form post → in-process consumer", seconds: (performance.now() - t0) / 1000, latencies };
}

async function main() {
  console.log(`generating ${COUNT} photos (1600×1200 JPEG q85)…`);
  const photos = await generatePhotos(COUNT);
  const rows: Row[] = [await rawSharp(photos)];

  let base = process.env.BENCH_URL;
  let server: ChildProcess | undefined;
  if (!base) {
    const dataDir = path.join(root, "data/bench-pipeline");
    mkdirSync(path.join(dataDir, "blobs"), { recursive: true });
    for (const e of readdirSync(dataDir)) if (e !== "blobs") rmSync(path.join(dataDir, e), { recursive: true, force: true });
    for (const e of readdirSync(path.join(dataDir, "blobs")))
      if (e !== "seed") rmSync(path.join(dataDir, "blobs", e), { recursive: true, force: true });
    const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" as const };
    const bin = (n: string) => path.join(root, "node_modules/.bin", n);
    ensureFreshBuild();
    execFileSync(bin("tsx"), ["prisma/seed.ts"], { cwd: root, env, stdio: "ignore" });
    server = spawnServer({ env, port: Number(process.env.BENCH_PORT ?? 3320), host: "127.0.0.1", stdio: "ignore" });
    base = `http://127.0.0.1:${process.env.BENCH_PORT ?? 3320}`;
    await waitForHealth(base, 60_000);
  }
  try {
    rows.push(await monolithPipeline(base, photos));
    rows.push(await serverlessPipeline(base, photos));
  } finally {
    server?.kill("SIGTERM");
  }

  console.log(`\n${COUNT} photos, ${THUMBNAIL_SIZES.length} sizes each (${THUMBNAIL_SIZES.join("/")} px WebP), ${IN_FLIGHT} in flight\n`);
  console.log("| path | thumbnails/s | photos/s | upload→searchable p50 ms | p95 ms |");
  console.log("|---|---:|---:|---:|---:|");
  for (const r of rows) {
    const perSecond = COUNT / r.seconds;
    const latency = r.name.startsWith("raw") ? "— (per photo " + pct(r.latencies, 50).toFixed(0) + ")" : pct(r.latencies, 50).toFixed(0);
    console.log(
      `| ${r.name} | ${(perSecond * THUMBNAIL_SIZES.length).toFixed(1)} | ${perSecond.toFixed(2)} | ${latency} | ${r.name.startsWith("raw") ? "—" : pct(r.latencies, 95).toFixed(0)} |`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
