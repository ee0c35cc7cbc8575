// A class hour on one server (issue 32): `npm run bench:soak` (30 minutes; `--minutes N` to shorten). Starts the app
// the way `npm start` does (its command from package.json, built app, throwaway data folder data/soak, port
// BENCH_PORT, default 3320) and, all at once:
// - a room of 100 simulated phones (scripts/soak/phone.ts) joins the class and follows it, answering every prediction;
// - the instructor walks three lessons (search as a function, pay per call or per hour, strangle the monolith), so
//   each step's setup runs: the generated load at the lesson's settings, the hybrid's migration along its path;
// - 20 uploads per store (monolith form, serverless admin flow), spread over the first 60 % of the time;
// - 20 lens clients poll the span and invocation feeds every second, as open Lens panels do.
// It samples the RSS of the server's whole process tree every minute and prints the curve, the 5xx errors (ours and
// the load generator's) and lost work (uploads not done, answers not taken), then, with nobody using the app, the
// server's CPU. Goals: RSS ≤ 400 MB at the end, ≤ 10 % growth from minute 5 to the end, 0 5xx, idle CPU ≤ 2 % of a core.
import "./lib/check-node";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureFreshBuild } from "./lib/build-freshness";
import { benchServerEnv } from "./lib/bench-server";
import { npmStart, stopNpmStart } from "./lib/start-memory";
import { processTreeMemory, treeTotals } from "./lib/process-tree-memory";
import { treeCpuPercent } from "./lib/process-tree-cpu";
import { generatePhotos } from "./pipeline/generate-photos";
import { CookieJar } from "../core/util/cookie-jar";
import { addPetMonolith, signInMonolithAdmin } from "./pipeline/monolith-admin-client";
import { imageStatus, signInAdmin, uploadPhoto } from "./pipeline/serverless-admin-client";
import { Phone, type ClassState } from "./soak/phone";
import { loopbackAddressOf, loopbackRangeWorks } from "./lib/loopback-addresses";
import { LESSONS } from "../classroom/lessons";

const root = path.resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({ options: { minutes: { type: "string", default: "30" }, phones: { type: "string", default: "100" } } });
const minutes = Math.max(2, Number(args.minutes));
const PHONES = Number(args.phones);
const LENS_CLIENTS = 20;
const UPLOADS_PER_STORE = 20;
const SOAK_LESSONS = ["search-as-a-function", "pay-per-call-or-per-hour", "strangle-the-monolith"];
const port = Number(process.env.BENCH_PORT ?? 3320); // not the crash test's 3310: both may run at once
const base = `http://127.0.0.1:${port}`;
const key = randomBytes(18).toString("base64url");
const instructor = { "content-type": "application/json", "x-class-key": key };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const errors = { status5xx: 0, byPath: new Map<string, number>(), failedRequests: 0 };
async function call(url: string, init?: RequestInit): Promise<Response | null> {
  try {
    const res = await fetch(`${base}${url}`, init);
    if (res.status >= 500) {
      errors.status5xx += 1;
      const p = url.split("?")[0]!;
      errors.byPath.set(p, (errors.byPath.get(p) ?? 0) + 1);
    }
    return res;
  } catch {
    errors.failedRequests += 1;
    return null;
  }
}

async function main() {
  if (!(await loopbackRangeWorks())) {
    console.error(
      "bench:soak needs a loopback address per phone (127.0.x.y). This machine has only 127.0.0.1 (macOS does, unless aliased). Run it on Linux.",
    );
    process.exit(2);
  }
  ensureFreshBuild();
  const dataDir = path.join(root, "data/soak");
  console.log(
    `soak: ${minutes} min, ${PHONES} phones, ${LENS_CLIENTS} lens clients, ${UPLOADS_PER_STORE} uploads per store, lessons ${SOAK_LESSONS.join(", ")}`,
  );
  // What `npm start` runs (package.json's command, its memory settings included), without npm waiting beside it.
  const env = benchServerEnv(dataDir, { CLASS_KEY: key }) as Record<string, string>;
  const server = await npmStart(dataDir, port, env, { withoutNpm: true });
  const pid = server.pid!;
  const started = Date.now();
  const endAt = started + minutes * 60_000;
  let stopping = false;
  const curve: { minute: number; rssMb: number; pssMb: number }[] = [];
  const sample = (minute: number) => {
    const t = treeTotals(processTreeMemory(pid));
    curve.push({ minute, rssMb: t.rssMb, pssMb: t.pssMb });
    console.log(
      `  minute ${String(minute).padStart(2)}: RSS ${t.rssMb.toFixed(0)} MB (PSS ${t.pssMb.toFixed(0)} MB, ${t.processes} processes)`,
    );
  };
  sample(0);
  const sampler = setInterval(() => sample(Math.round((Date.now() - started) / 60_000)), 60_000);
  const tasks: Promise<unknown>[] = [];
  try {
    // --- The room of phones, each on its own loopback address: join, then follow. ---
    const phones = Array.from({ length: PHONES }, (_, i) => new Phone(base, `Phone ${i + 1}`, loopbackAddressOf(i)));
    tasks.push(
      (async () => {
        const state = (await (await call("/api/class/state", { headers: instructor }))?.json()) as ClassState | undefined;
        for (const phone of phones) {
          while (!stopping && !(await phone.join(state?.code).catch(() => false))) await sleep(1500);
          await sleep(300);
        }
      })(),
    );
    for (const [i, phone] of phones.entries())
      tasks.push(
        (async () => {
          await sleep((i % 50) * 100);
          while (!stopping) {
            if (phone.stats.joined) await phone.follow((choices) => choices[i % choices.length]!.id).catch(() => {});
            await sleep(5000);
          }
        })(),
      );

    // --- The instructor walks three lessons; each step's setup runs the load and moves the migration. ---
    const loadRuns = new Map<string, Record<string, number>>();
    const steps = SOAK_LESSONS.flatMap((id) => {
      const lesson = LESSONS.find((l) => l.id === id)!;
      return lesson.steps.map((_, s) => ({ lessonId: id, step: s + 1 }));
    });
    const lessonEnd = started + minutes * 60_000 * 0.9;
    tasks.push(
      (async () => {
        await sleep(Math.min(60_000, minutes * 60_000 * 0.05)); // the room settles in
        for (const [n, s] of steps.entries()) {
          if (stopping) break;
          const res = await call("/api/class/state", { method: "POST", headers: instructor, body: JSON.stringify({ action: "go", ...s }) });
          if (res && !res.ok) console.log(`  go ${s.lessonId} ${s.step}: HTTP ${res.status}`);
          await res?.arrayBuffer();
          await sleep(Math.max(5_000, (lessonEnd - Date.now()) / (steps.length - n)));
        }
        await call("/api/class/state", { method: "POST", headers: instructor, body: JSON.stringify({ action: "end" }) });
      })(),
    );
    tasks.push(
      (async () => {
        while (!stopping) {
          const res = await call("/api/class/load", { headers: instructor });
          const body = (await res?.json().catch(() => null)) as { runId?: string | null; byStatus?: Record<string, number> } | null;
          if (body?.runId && body.byStatus) loadRuns.set(body.runId, body.byStatus);
          await sleep(5000);
        }
      })(),
    );

    // --- 20 uploads per store over the first 60 % of the time. ---
    const photos = await generatePhotos(UPLOADS_PER_STORE * 2);
    const monolithIds: string[] = [];
    const serverlessIds: string[] = [];
    let uploadErrors = 0;
    tasks.push(
      (async () => {
        const jar: CookieJar = await signInMonolithAdmin(base);
        const cookie = await signInAdmin(base);
        const gap = (minutes * 60_000 * 0.6) / UPLOADS_PER_STORE;
        for (let i = 0; i < UPLOADS_PER_STORE && !stopping; i++) {
          const pet = { category: "dogs", price: "12.50", stock: "2" };
          await addPetMonolith(base, jar, { ...pet, name: `Soak mono ${i}` }, photos[2 * i]!).then(
            (id) => monolithIds.push(id),
            () => void (uploadErrors += 1),
          );
          await uploadPhoto(base, cookie, { ...pet, name: `Soak sls ${i}` }, photos[2 * i + 1]!).then(
            (id) => serverlessIds.push(id),
            () => void (uploadErrors += 1),
          );
          await sleep(gap);
        }
      })(),
    );

    // --- 20 open Lens panels, each a visitor of its own, polling every second. ---
    for (let c = 0; c < LENS_CLIENTS; c++)
      tasks.push(
        (async () => {
          const first = await call("/serverless", { redirect: "manual" });
          const cookie = (first?.headers.getSetCookie?.() ?? []).map((x) => x.split(";")[0]).join("; ");
          await first?.arrayBuffer();
          let since = 0;
          while (!stopping) {
            const res = await call(`/api/lens/spans?since=${since}&limit=300`, { headers: { cookie } });
            const body = (await res?.json().catch(() => null)) as { spans?: { startMs: number }[] } | null;
            if (body?.spans?.length) since = Math.max(since, ...body.spans.map((s) => s.startMs)) - 15_000;
            await (await call(`/api/lens/invocations?since=${Date.now() - 5000}`, { headers: { cookie } }))?.arrayBuffer();
            await sleep(1000);
          }
        })(),
      );

    while (Date.now() < endAt) await sleep(1000);
    stopping = true;
    await Promise.allSettled(tasks);
    await call("/api/class/load", { method: "DELETE", headers: instructor });

    // --- Lost work: every upload accepted must be done (3 minutes' grace for the queue to drain). ---
    const all = [...monolithIds, ...serverlessIds];
    const drainBy = Date.now() + 180_000;
    let notDone = all;
    while (Date.now() < drainBy) {
      const statuses = await Promise.all(all.map((id) => imageStatus(base, id).catch(() => null)));
      notDone = all.filter((_, i) => statuses[i]?.status !== "done");
      if (notDone.length === 0) break;
      await sleep(2000);
    }
    clearInterval(sampler);
    sample(Math.round((Date.now() - started) / 60_000));
    await sleep(20_000); // the last requests' work settles
    const idleCpu = await treeCpuPercent(pid, 15_000);
    const final = treeTotals(processTreeMemory(pid));

    const load5xx = [...loadRuns.values()].reduce(
      (n, byStatus) => n + Object.entries(byStatus).reduce((m, [code, count]) => m + (Number(code) >= 500 ? count : 0), 0),
      0,
    );
    const joined = phones.filter((p) => p.stats.joined).length;
    const answers = phones.reduce((n, p) => n + p.stats.answers, 0);
    const phone5xx = phones.reduce((n, p) => n + p.stats.status5xx, 0);
    const refused = phones.reduce((n, p) => n + p.stats.refused, 0);
    const at5 = curve.find((c) => c.minute >= 5) ?? curve[1] ?? curve[0]!;
    // Growth while the class was on: minute 5 against the last sample taken while the room and the load still ran.
    const last = curve.filter((c) => c.minute <= minutes).at(-1)!;
    const growth = (last.rssMb / at5.rssMb - 1) * 100;
    console.log(`\nRSS curve (MB, whole process tree): ${curve.map((c) => `${c.minute}:${c.rssMb.toFixed(0)}`).join("  ")}`);
    console.log(
      `RSS at minute ${last.minute} ${last.rssMb.toFixed(0)} MB, after the room left ${final.rssMb.toFixed(0)} MB (goal ≤ 400 for both); from minute ${at5.minute} (${at5.rssMb.toFixed(0)} MB) to minute ${last.minute} ${growth >= 0 ? "+" : ""}${growth.toFixed(1)} % (goal ≤ 10 %)`,
    );
    console.log(
      `5xx: ${errors.status5xx + phone5xx} of ours${errors.byPath.size ? ` (${[...errors.byPath].map(([p, n]) => `${p} ${n}`).join(", ")})` : ""}, ${load5xx} in the generated load; ${errors.failedRequests} requests without an answer`,
    );
    console.log(
      `lost work: ${notDone.length} of ${all.length} accepted uploads not done (${uploadErrors} refused at upload); ${joined}/${PHONES} phones joined, ${answers} answers taken, ${refused} refused`,
    );
    console.log(`idle CPU after the soak: ${idleCpu.toFixed(2)} % of a core (goal ≤ 2 %)`);
    const ok =
      final.rssMb <= 400 &&
      last.rssMb <= 400 &&
      growth <= 10 &&
      errors.status5xx + phone5xx + load5xx === 0 &&
      notDone.length === 0 &&
      joined === PHONES &&
      idleCpu <= 2;
    console.log(ok ? "ok: every goal met" : "NOT MET: see above");
    if (!ok) process.exitCode = 1;
  } finally {
    stopping = true;
    clearInterval(sampler);
    await stopNpmStart(server);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
