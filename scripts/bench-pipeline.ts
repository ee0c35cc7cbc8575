// `npm run bench:pipeline`: the same 50 generated 1600×1200 photos through (1) raw sharp — the core sizes
// and format, two photos in flight, no storage or database: the ceiling of this machine — and (2) each
// architecture's pipeline on a running built server (the monolith's form post to its in-process consumer, then
// the serverless client upload to its workflow run), uploaded two at a time like an admin page would.
// Prints thumbnails/s (photos × sizes over the wall time until the last one is searchable) and each photo's
// upload→searchable time, p50/p95, as a markdown table. BENCH_URL reuses a running server; otherwise one is
// started on port 3320 with its own data folder (data/bench-pipeline). BENCH_PHOTOS changes the count.
// BENCH_COMPARE_DIR=<another checkout with its own build> runs both pipelines on that build too (its own server on
// BENCH_PORT + 2, its own data folder), before this one's, in the same run against the same raw-sharp baseline.
// BENCH_CPU_PROF=1 serves each build under `node --cpu-prof` (profiles in bench-results/pipeline-profile/) and
// prints where each server's main thread spent the run, by part and by function (sharp's own work runs on
// libuv's threads and shows only as idle there). BENCH_ONLY=monolith|serverless runs one architecture's pipeline.
import "./lib/check-node";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { recordRows } from "./lib/bench-rows";
import { createClient, type Client } from "@libsql/client";
import { PIPELINE_PARTS, breakdown, bySource, topFunctions, type CpuProfile } from "./lib/cpu-profile-breakdown";
import { ensureFreshBuild } from "./lib/build-freshness";
import { spawnServer } from "./lib/spawn-server";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { THUMBNAIL_FORMAT, THUMBNAIL_SIZES } from "../core/images/image-rules";
import { generatePhotos } from "./pipeline/generate-photos";
import { TEST_ADMIN_PASSWORD } from "./lib/test-admin-password";
import { addPetMonolith, adminFormToken, signInMonolithAdmin } from "./pipeline/monolith-admin-client";
import { imageStatus, signInAdmin, uploadPhoto, waitForHealth } from "./pipeline/serverless-admin-client";

const root = path.resolve(import.meta.dirname, "..");
const COUNT = Number(process.env.BENCH_PHOTOS ?? 50);
const IN_FLIGHT = 2;
const CPU_PROF = process.env.BENCH_CPU_PROF === "1";
/** BENCH_ONLY=monolith or serverless: one architecture's rows (e.g. to profile one pipeline alone). */
const ONLY = process.env.BENCH_ONLY;
const profileRoot = path.join(root, "bench-results/pipeline-profile");

/** What the bench's "is it searchable yet?" polls got back, by HTTP status (a 429 would slow a pipeline's row). */
const searchStatuses = new Map<number, number>();

type Row = { name: string; seconds: number; latencies: number[]; uploads?: number[]; cpuMs?: number };

/**
 * CPU time (user + system, every thread: sharp's too) a process has used so far, in ms; from /proc on Linux. Less
 * at the mercy of other work on a shared machine than wall time: it says what one photo costs the server.
 */
function processCpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

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
  const cpu0 = process.cpuUsage();
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
  const cpu = process.cpuUsage(cpu0);
  return {
    name: "raw sharp (baseline, in process)",
    seconds: (performance.now() - t0) / 1000,
    latencies,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

function cpuSince(pid: number | undefined, start: number | undefined): number | undefined {
  const now = processCpuMs(pid);
  return now === undefined || start === undefined ? undefined : now - start;
}

/**
 * Waits until the photo's pet is found by the search function. The bench watches the upload's own row in the
 * server's database file (a read of the file from this process: no request, no CPU of the server's) and asks the
 * search function only once the pipeline says it is done, then every 50 ms until the hit is there. (It used to
 * ask the search function every 100 ms from the upload on: ~5 searches a photo that the server paid for.)
 * Without a data folder (BENCH_URL), it asks the image's status route instead, at the same pace.
 */
async function searchable(base: string, name: string, imageId: string, db: Client | undefined, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const status = db
      ? String((await db.execute({ sql: "SELECT status FROM ImageUpload WHERE id = ?", args: [imageId] })).rows[0]?.status ?? "")
      : ((await imageStatus(base, imageId))?.status ?? "");
    if (status === "failed") throw new Error(`${name}: the pipeline failed`);
    if (status === "done") break;
    await new Promise((r) => setTimeout(r, db ? 20 : 100));
  }
  while (Date.now() < deadline) {
    const res = await fetch(`${base}/api/functions/search?q=${encodeURIComponent(name)}&limit=60`);
    searchStatuses.set(res.status, (searchStatuses.get(res.status) ?? 0) + 1);
    if (res.ok && ((await res.json()) as { hits: { name: string }[] }).hits.some((h) => h.name === name)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${name} never became searchable`);
}

/** The server's database file, read-only from the bench (undefined: a server of someone else's, BENCH_URL). */
function watchDb(dataDir: string | undefined): Client | undefined {
  return dataDir ? createClient({ url: `file:${path.join(dataDir, "petstore.db")}` }) : undefined;
}

/** Uploads every photo (IN_FLIGHT at a time) and times each until its pet is searchable; `upload` returns the image id. */
async function timePipeline(
  base: string,
  name: string,
  petPrefix: string,
  photos: Buffer[],
  upload: (photo: Buffer, petName: string) => Promise<string>,
  pid?: number,
  dataDir?: string,
): Promise<Row> {
  const db = watchDb(dataDir);
  const tag = Date.now().toString(36);
  const latencies: number[] = [];
  const uploads: number[] = [];
  const cpu0 = processCpuMs(pid);
  const t0 = performance.now();
  await pool(photos, IN_FLIGHT, async (photo, i) => {
    const petName = `${petPrefix} ${tag} ${i}`;
    const s = performance.now();
    const imageId = await upload(photo, petName);
    uploads.push(performance.now() - s);
    await searchable(base, petName, imageId, db, Date.now() + 120_000);
    latencies.push(performance.now() - s);
  });
  db?.close();
  return { name, seconds: (performance.now() - t0) / 1000, latencies, uploads, cpuMs: cpuSince(pid, cpu0) };
}

async function serverlessPipeline(base: string, photos: Buffer[], label = "", pid?: number, dataDir?: string): Promise<Row> {
  const cookie = await signInAdmin(base);
  const pet = { category: "dogs", price: "10", stock: "1" };
  return timePipeline(
    base,
    `${label}serverless: client upload → workflow steps`,
    "Benchpet",
    photos,
    (photo, name) => uploadPhoto(base, cookie, { ...pet, name }, photo),
    pid,
    dataDir,
  );
}

async function monolithPipeline(base: string, photos: Buffer[], label = "", pid?: number, dataDir?: string): Promise<Row> {
  const jar = await signInMonolithAdmin(base);
  // The admin page once, as an admin who keeps it open and adds pet after pet: its CSRF token is the session's.
  const csrfToken = await adminFormToken(base, jar);
  const pet = { category: "dogs", price: "10", stock: "1" };
  return timePipeline(
    base,
    `${label}monolith: form post → in-process consumer`,
    "Benchmono",
    photos,
    (photo, name) => addPetMonolith(base, jar, { ...pet, name }, photo, csrfToken),
    pid,
    dataDir,
  );
}

/** A built checkout's server on its own data folder (emptied but for the seed pictures). */
async function startServer(appDir: string, dataDir: string, port: number, profileDir?: string): Promise<ChildProcess> {
  mkdirSync(path.join(dataDir, "blobs"), { recursive: true });
  for (const e of readdirSync(dataDir)) if (e !== "blobs") rmSync(path.join(dataDir, e), { recursive: true, force: true });
  for (const e of readdirSync(path.join(dataDir, "blobs")))
    if (e !== "seed") rmSync(path.join(dataDir, "blobs", e), { recursive: true, force: true });
  // ADMIN_PASSWORD: the seeded admin's password the sign-in helpers use (scripts/lib/test-admin-password.ts).
  const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" as const, ADMIN_PASSWORD: TEST_ADMIN_PASSWORD };
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/seed.ts"], { cwd: appDir, env, stdio: "ignore" });
  if (profileDir) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  // Another checkout is served the way that checkout's own launcher would have served it then (its scripts/).
  const server =
    appDir === root
      ? spawnServer({ env, port, host: "127.0.0.1", stdio: "ignore", nodeArgs })
      : spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/serve.ts"], {
          cwd: appDir,
          env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
          stdio: "ignore",
        });
  await waitForHealth(`http://127.0.0.1:${port}`, 60_000);
  return server;
}

/**
 * Where each photo's time went inside the server, from the step rows the pipeline writes (ImageUpload.createdAt,
 * ImageStep.startedAt/finishedAt): the median of each step's run and of each wait between steps (in the serverless
 * pipeline, the Workflow SDK's hand-over from one step function to the next), per architecture.
 */
async function stepTimings(dataDir: string, label: string): Promise<void> {
  const db = createClient({ url: `file:${path.join(dataDir, "petstore.db")}` });
  try {
    const uploads = (await db.execute("SELECT id, via, createdAt FROM ImageUpload")).rows;
    const steps = (await db.execute("SELECT imageId, step, startedAt, finishedAt FROM ImageStep")).rows;
    const ms = (v: unknown) => (typeof v === "number" ? v : Date.parse(String(v)));
    const byImage = new Map<string, Map<string, { startedAt: unknown; finishedAt: unknown }>>();
    for (const r of steps) {
      const m = byImage.get(String(r.imageId)) ?? new Map();
      m.set(String(r.step), { startedAt: r.startedAt, finishedAt: r.finishedAt });
      byImage.set(String(r.imageId), m);
    }
    for (const via of ["monolith", "serverless"]) {
      const gaps = new Map<string, number[]>();
      const add = (k: string, v: number) => Number.isFinite(v) && gaps.set(k, [...(gaps.get(k) ?? []), v]);
      for (const u of uploads.filter((x) => x.via === via)) {
        let prev = ms(u.createdAt);
        let label = "upload recorded";
        for (const step of ["thumbnail", "store", "metadata", "index"]) {
          const s = byImage.get(String(u.id))?.get(step);
          if (!s) continue;
          add(`${label} → ${step} starts`, ms(s.startedAt) - prev);
          add(`${step} runs`, ms(s.finishedAt) - ms(s.startedAt));
          prev = ms(s.finishedAt);
          label = `${step} done`;
        }
      }
      if (gaps.size === 0) continue;
      console.log(`\n${label}, ${via}: inside the server, median ms per photo\n`);
      console.log(`| ${[...gaps.keys()].join(" | ")} |\n|${[...gaps.keys()].map(() => "---:").join("|")}|`);
      console.log(`| ${[...gaps.values()].map((v) => pct(v, 50).toFixed(0)).join(" | ")} |`);
    }
  } finally {
    db.close();
  }
}

/** Stops a server and waits for it to exit (V8 writes its CPU profile on a clean exit). */
async function stopServer(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const gone = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await gone;
}

/** The main thread's time of one profiled server, from its first upload to the end of its run. */
function printProfile(label: string, dir: string, loadMs: number): void {
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) return console.log(`${label}: no CPU profile written`);
  const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
  console.log(`\n${label}: main thread, the last ${(loadMs / 1000).toFixed(1)} s (${path.join(dir, file)})\n`);
  console.log("| part | ms | % of busy |\n|---|---:|---:|");
  for (const row of breakdown(profile, loadMs, PIPELINE_PARTS))
    console.log(`| ${row.part} | ${row.ms.toFixed(0)} | ${Number.isNaN(row.percent) ? "—" : row.percent.toFixed(1)} |`);
  const sources = bySource(profile, loadMs);
  const share = (ms: number) => ((ms / sources.busy) * 100).toFixed(1);
  console.log("\n| source (self time, through the build's source maps) | ms | % of busy |\n|---|---:|---:|");
  for (const [src, ms] of sources.self.slice(0, 20)) console.log(`| ${src} | ${ms.toFixed(0)} | ${share(ms)} |`);
  console.log("\n| our file (inclusive: with all it called) | ms | % of busy |\n|---|---:|---:|");
  for (const [src, ms] of sources.ours.slice(0, 20)) console.log(`| ${src} | ${ms.toFixed(0)} | ${share(ms)} |`);
  console.log("\n| function (self time) | ms |\n|---|---:|");
  for (const f of topFunctions(profile, 20, loadMs)) console.log(`| ${f.fn.replaceAll("|", "\\|")} | ${f.ms.toFixed(0)} |`);
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
    server = await startServer(root, path.join(root, "data/bench-pipeline"), port, CPU_PROF ? path.join(profileRoot, "after") : undefined);
    base = `http://127.0.0.1:${port}`;
  }
  try {
    // With a compare build, the two builds alternate path by path (the machine changes under a long run).
    const other = compareDir
      ? await startServer(
          path.resolve(compareDir),
          path.join(root, "data/bench-pipeline-compare"),
          port + 2,
          CPU_PROF ? path.join(profileRoot, "before") : undefined,
        )
      : undefined;
    const loadStarted = performance.now();
    try {
      const otherBase = `http://127.0.0.1:${port + 2}`;
      const otherDir = other ? path.join(root, "data/bench-pipeline-compare") : undefined;
      const ownDir = process.env.BENCH_URL ? undefined : path.join(root, "data/bench-pipeline");
      if (ONLY !== "serverless") {
        if (other) rows.push(await monolithPipeline(otherBase, photos, "compare (before) ", other.pid, otherDir));
        rows.push(await monolithPipeline(base, photos, "", server?.pid, ownDir));
      }
      if (ONLY !== "monolith") {
        if (other) rows.push(await serverlessPipeline(otherBase, photos, "compare (before) ", other.pid, otherDir));
        rows.push(await serverlessPipeline(base, photos, "", server?.pid, ownDir));
      }
    } finally {
      await stopServer(other);
    }
    const loadMs = performance.now() - loadStarted;
    if (CPU_PROF) {
      await stopServer(server);
      if (other) printProfile("before (compare build)", path.join(profileRoot, "before"), loadMs);
      if (server) printProfile("this build", path.join(profileRoot, "after"), loadMs);
    }
    // The baseline again at the end: the machine may have changed under the run.
    rows.push({ ...(await rawSharp(photos)), name: "raw sharp again (end of run)" });
  } finally {
    await stopServer(server);
  }

  console.log(`\n${COUNT} photos, ${THUMBNAIL_SIZES.length} sizes each (${THUMBNAIL_SIZES.join("/")} px WebP), ${IN_FLIGHT} in flight\n`);
  console.log(
    `load average ${before.map((n) => n.toFixed(2)).join(" ")} → ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}\n`,
  );
  if (!process.env.BENCH_URL) {
    if (compareDir) await stepTimings(path.join(root, "data/bench-pipeline-compare"), "before (compare build)");
    await stepTimings(path.join(root, "data/bench-pipeline"), "this build");
    console.log("");
  }
  console.log(`search polls by HTTP status: ${[...searchStatuses].map(([s, n]) => `${s} × ${n}`).join(", ")}\n`);
  // The ratio's baseline: raw sharp's mean over the run's start and end.
  const raw = (COUNT / rows[0]!.seconds + COUNT / rows[rows.length - 1]!.seconds) / 2;
  console.log(
    `| path | thumbnails/s | photos/s | ÷ raw sharp (mean of start and end, ${raw.toFixed(2)} photos/s) | upload→searchable p50 ms | p95 ms | of which the upload's response, p50 ms | CPU ms per photo (server; raw: the bench) |`,
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const perSecond = COUNT / r.seconds;
    const latency = r.name.startsWith("raw") ? "— (per photo " + pct(r.latencies, 50).toFixed(0) + ")" : pct(r.latencies, 50).toFixed(0);
    console.log(
      `| ${r.name} | ${(perSecond * THUMBNAIL_SIZES.length).toFixed(1)} | ${perSecond.toFixed(2)} | ${(perSecond / raw).toFixed(2)} | ${latency} | ${r.name.startsWith("raw") ? "—" : pct(r.latencies, 95).toFixed(0)} | ${r.uploads ? pct(r.uploads, 50).toFixed(0) : "—"} | ${r.cpuMs === undefined ? "—" : (r.cpuMs / COUNT).toFixed(0)} |`,
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
