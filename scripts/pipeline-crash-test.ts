// kill -9 test for the serverless image pipeline: start the built server, upload several photos, SIGKILL the
// server while their durable runs are in progress, start it again, and check that every upload ends "done"
// exactly once: one Pet per upload, one search hit per pet. Also the gap before a run exists: an upload whose
// original and row were stored but whose run was never started (a kill between the two) is written while the
// server is down, and the restarted server must start its run. Run after a build: `npm run test:crash`.
// Uses its own data folder (data/crash-test) and port (CRASH_PORT, default 3310).
import "./lib/check-node";
import { execFileSync, type ChildProcess } from "node:child_process";
import { ensureFreshBuild } from "./lib/build-freshness";
import { spawnServer } from "./lib/spawn-server";
import { TEST_ADMIN_PASSWORD } from "./lib/test-admin-password";
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { generatePhotos } from "./pipeline/generate-photos";
import { writeDurations, type TimedTest } from "./lib/test-durations";
import { imageStatus, signInAdmin, uploadPhoto, waitForHealth } from "./pipeline/serverless-admin-client";

const root = path.resolve(import.meta.dirname, "..");
const bin = (n: string) => path.join(root, "node_modules/.bin", n);
const dataDir = path.join(root, "data/crash-test");
const port = process.env.CRASH_PORT ?? "3310";
const base = `http://127.0.0.1:${port}`;
const UPLOADS = 6;
const sqlNow = () => new Date().toISOString().replace("Z", "+00:00");
// The monolith consumer stays off: this test is about the serverless runs alone.
// ADMIN_PASSWORD: the seeded admin's password that signInAdmin uses (scripts/lib/test-admin-password.ts).
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  NODE_ENV: "production" as const,
  IMAGE_CONSUMER_DISABLED: "true",
  ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
};
const HEALTHY_WITHIN_MS = 60_000;
const DONE_WITHIN_MS = 45_000;

// Each waited-for step with its limit, for the slow-test report at the end of `npm test`.
const phases: TimedTest[] = [];
async function timed<T>(name: string, limitMs: number, step: () => Promise<T>): Promise<T> {
  const start = Date.now();
  let status = "failed";
  try {
    const result = await step();
    status = "passed";
    return result;
  } finally {
    phases.push({ suite: "crash", name, durationMs: Date.now() - start, limitMs, status });
  }
}

function startServer(): ChildProcess {
  // serve.ts as a direct child: the SIGKILL below lands on the server process itself.
  return spawnServer({ env, port, host: "127.0.0.1", stdio: process.env.CRASH_VERBOSE ? "inherit" : "ignore" });
}

async function main() {
  ensureFreshBuild();
  // A fresh database and world each run; the seed's rendered pictures are kept (they take ~20 s to draw).
  mkdirSync(path.join(dataDir, "blobs"), { recursive: true });
  for (const e of readdirSync(dataDir)) if (e !== "blobs") rmSync(path.join(dataDir, e), { recursive: true, force: true });
  for (const e of readdirSync(path.join(dataDir, "blobs")))
    if (e !== "seed") rmSync(path.join(dataDir, "blobs", e), { recursive: true, force: true });
  execFileSync(bin("tsx"), ["prisma/seed.ts"], { cwd: root, env, stdio: "ignore" });

  const photos = await generatePhotos(UPLOADS + 1);
  const orphanPhoto = photos.pop()!;
  let server = startServer();
  const started = Date.now();
  try {
    await timed("first start: healthy", HEALTHY_WITHIN_MS, () => waitForHealth(base, HEALTHY_WITHIN_MS));
    const cookie = await signInAdmin(base);
    const tag = Date.now().toString(36);
    const names = photos.map((_, i) => `Crashtest ${tag} ${i}`);
    const ids = await Promise.all(
      photos.map((p, i) => uploadPhoto(base, cookie, { name: names[i]!, category: "dogs", price: "12.50", stock: "2" }, p)),
    );

    // Kill as soon as a run is inside a step, with most of the work still ahead.
    const killBy = Date.now() + 10_000;
    while (Date.now() < killBy) {
      const statuses = await Promise.all(ids.map((id) => imageStatus(base, id)));
      if (statuses.some((s) => s?.steps.some((st) => st.status === "running"))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const before = await Promise.all(ids.map((id) => imageStatus(base, id)));
    server.kill("SIGKILL");
    await new Promise((r) => server.once("exit", r));
    const unfinished = before.filter((s) => s?.status !== "done").length;
    const inStep = before.flatMap((s) => s?.steps ?? []).filter((st) => st.status === "running").length;
    console.log(`killed the server (SIGKILL) with ${unfinished} of ${UPLOADS} uploads unfinished, ${inStep} steps running`);
    // A kill after everything finished would test nothing: the crash must interrupt real work.
    if (unfinished === 0) throw new Error("the kill came too late: no upload was interrupted");

    // The uncovered gap: original stored and row written ("queued", no run id), then the crash before start().
    const orphanId = randomUUID();
    const orphanName = `Crashtest ${tag} orphan`;
    const orphanKey = `uploads/${orphanId}/original`;
    mkdirSync(path.join(dataDir, "blobs", path.dirname(orphanKey)), { recursive: true });
    writeFileSync(path.join(dataDir, "blobs", orphanKey), orphanPhoto);
    const odb = createClient({ url: `file:${path.join(dataDir, "petstore.db")}` });
    await odb.batch(
      [
        {
          sql: "INSERT INTO ImageUpload (id, via, draft, originalKey, status, createdAt, updatedAt) VALUES (?, 'serverless', ?, ?, 'queued', ?, ?)",
          args: [
            orphanId,
            JSON.stringify({ name: orphanName, categorySlug: "dogs", priceCents: 1250, stock: 2 }),
            orphanKey,
            sqlNow(),
            sqlNow(),
          ],
        },
        ...["thumbnail", "store", "metadata", "index"].map((step) => ({
          sql: "INSERT INTO ImageStep (imageId, step) VALUES (?, ?)",
          args: [orphanId, step],
        })),
      ],
      "write",
    );
    odb.close();
    ids.push(orphanId);
    names.push(orphanName);

    server = startServer();
    await timed("restart after the kill: healthy", HEALTHY_WITHIN_MS, () => waitForHealth(base, HEALTHY_WITHIN_MS));
    let after = before;
    await timed("after the restart: every upload done or failed", DONE_WITHIN_MS, async () => {
      const doneBy = Date.now() + DONE_WITHIN_MS;
      while (Date.now() < doneBy) {
        after = await Promise.all(ids.map((id) => imageStatus(base, id)));
        if (after.every((s) => s?.status === "done" || s?.status === "failed")) break;
        await new Promise((r) => setTimeout(r, 250));
      }
    });

    const db = createClient({ url: `file:${path.join(dataDir, "petstore.db")}` });
    const failures: string[] = [];
    for (const [i, id] of ids.entries()) {
      const s = after[i];
      if (s?.status !== "done") failures.push(`${id}: ${s?.status ?? "missing"} ${s?.error ?? ""}`);
      const pets = await db.execute({ sql: "SELECT COUNT(*) AS n FROM Pet WHERE name = ?", args: [names[i]!] });
      if (Number(pets.rows[0]!.n) !== 1) failures.push(`${names[i]}: ${String(pets.rows[0]!.n)} pets`);
      const search = (await (await fetch(`${base}/api/functions/search?q=${encodeURIComponent(names[i]!)}&limit=60`)).json()) as {
        hits: { name: string; thumbnailUrl: string | null }[];
      };
      const hits = search.hits.filter((h) => h.name === names[i]);
      if (hits.length !== 1) failures.push(`${names[i]}: ${hits.length} search hits`);
      else if (!hits[0]!.thumbnailUrl) failures.push(`${names[i]}: no thumbnail`);
    }
    db.close();
    if (failures.length > 0) {
      console.error(`FAIL after ${((Date.now() - started) / 1000).toFixed(1)} s:\n  ${failures.join("\n  ")}`);
      process.exitCode = 1;
    } else {
      const reruns = after.flatMap((s) => s?.steps ?? []).filter((st) => st.attempts > 1).length;
      console.log(
        `ok: ${UPLOADS} uploads + 1 left without a run, each done once (one pet, one search hit with a thumbnail) after the crash; ${reruns} steps ran again; ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    server.kill("SIGTERM");
    writeDurations("crash", phases);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
