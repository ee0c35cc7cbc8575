// `npm run bench:room [-- --phones 300]`: a lecture hall on this machine. A throwaway server (its own seeded data
// folder, a build of this tree) and N simulated phones, each from its own loopback address (127.0.x.y: Linux routes
// all of 127/8 to lo; a client picks its address with `localAddress`), so the per-address limits see N devices.
// The instructor starts a lesson and moves to a prediction; the phones join with the run's code over JOIN_SPREAD_MS,
// follow the event stream, answer over ANSWER_SPREAD_MS (people read the question first); the instructor reveals.
// Prints join p95, answer p95, the time from the last answer until the presenter's stream has counted every
// answer, the time until each phone has the reveal (p95), errors and the server's peak RSS; exits 1 on a miss.
import "./lib/check-node";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { rssMb, startApp, stop } from "./lib/bench-server";
import { loopbackAddressOf, loopbackRangeWorks } from "./lib/loopback-addresses";
import { root } from "./lib/preflight";
import { LESSONS as lessons } from "../classroom/lessons";

// --correctness: exit 1 only on errors (a phone that could not join, answer or see the reveal, a count never
// reached), not on the time goals: the 50-phone room in CI runs on a machine busy with other things.
const { values } = parseArgs({ options: { phones: { type: "string" }, correctness: { type: "boolean" } }, strict: true });
const PHONES = Number(values.phones ?? 300);
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const JOIN_SPREAD_MS = 3_000;
const ANSWER_SPREAD_MS = 2_000;
const GOALS = { joinP95: 1_000, answerP95: 500, counted: 1_000, revealP95: 1_000, errors: 0, rssMb: 450 };

const classKey = randomBytes(24).toString("base64url");
const base = `http://127.0.0.1:${PORT}`;
const addressOf = loopbackAddressOf;

type Reply = { status: number; body: string; cookie?: string };
function request(
  method: string,
  pathName: string,
  options: { body?: unknown; cookie?: string; localAddress?: string; instructor?: boolean },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        method,
        path: pathName,
        localAddress: options.localAddress,
        agent: false,
        headers: {
          ...(payload ? { "content-type": "application/json", origin: base, "content-length": Buffer.byteLength(payload) } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.instructor ? { "x-class-key": classKey } : {}),
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        // Every cookie the reply sets, not the first: a join also gets the lens's visitor cookie, and keeping only
        // that one (it can come first) left the phone without its student cookie — its answers were 401s.
        const cookies = (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!);
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, cookie: cookies.length ? cookies.join("; ") : undefined }));
      },
    );
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error("timed out")));
    req.end(payload);
  });
}

type View = { version: number; runId: number; revealed: boolean; answered: number; students: number; code?: string };
/** Follows /api/class/events; calls back with each whole view and each count message. */
function follow(
  options: { cookie?: string; localAddress?: string; instructor?: boolean },
  onView: (v: View) => void,
  onCount: (c: { answered: number; students: number }) => void = () => {},
): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: "127.0.0.1",
        port: PORT,
        path: "/api/class/events",
        localAddress: options.localAddress,
        agent: false,
        headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.instructor ? { "x-class-key": classKey } : {}) },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return reject(new Error(`events ${res.statusCode}`));
        }
        resolve(req);
        let buffer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.+)$/m.exec(message)?.[1] ?? "message";
            const data = /^data: (.*)$/m.exec(message)?.[1];
            if (!data) continue;
            if (event === "count") onCount(JSON.parse(data));
            else onView(JSON.parse(data) as View);
          }
        });
        res.on("error", () => undefined);
      },
    );
    req.on("error", reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function p95(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

async function main() {
  if (!(await loopbackRangeWorks())) {
    console.error(
      "bench:room needs a loopback address per phone (127.0.x.y). This machine has only 127.0.0.1 (macOS does, unless aliased). Run it on Linux.",
    );
    process.exit(2);
  }
  const lesson = lessons.find((l) => l.steps.some((s) => s.prediction))!;
  const stepIndex = lesson.steps.findIndex((s) => s.prediction);
  const step = lesson.steps[stepIndex]!;
  const choices = step.prediction!.choices.map((c) => c.id);
  const dataDir = path.join(os.tmpdir(), `pst-bench-room-${process.pid}`);
  console.log(
    `bench:room — ${PHONES} phones on ${PHONES} loopback addresses, lesson "${lesson.id}" step ${stepIndex + 1}; server on :${PORT}`,
  );
  // The room never opens the store: an empty, migrated database is enough (no seed pictures to draw).
  const server = await startApp(root, dataDir, PORT, 0, { CLASS_KEY: classKey });
  let peakRss = rssMb(server.pid!);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(server.pid!))), 200);
  const streams: http.ClientRequest[] = [];
  const errors: string[] = [];
  try {
    // The instructor: a new run on the prediction's step, and the presenter's stream.
    const started = await request("POST", "/api/class/state", { body: { action: "start", lessonId: lesson.id }, instructor: true });
    if (started.status !== 200) throw new Error(`start: ${started.status} ${started.body}`);
    const moved = await request("POST", "/api/class/state", {
      body: { action: "go", lessonId: lesson.id, step: stepIndex + 1 },
      instructor: true,
    });
    if (moved.status !== 200) throw new Error(`go: ${moved.status} ${moved.body}`);
    const state = JSON.parse((await request("GET", "/api/class/state", { instructor: true })).body) as View & { joinUrl: string };
    let allCountedAt = 0;
    streams.push(
      await follow({ instructor: true }, (v) => {
        if (v.runId === state.runId && v.answered >= PHONES && !allCountedAt) allCountedAt = performance.now();
      }),
    );

    // The phones join (spread over JOIN_SPREAD_MS) and follow.
    const joinMs: number[] = [];
    const phones = await Promise.all(
      Array.from({ length: PHONES }, async (_, i) => {
        const localAddress = addressOf(i);
        await sleep(Math.random() * JOIN_SPREAD_MS);
        const t0 = performance.now();
        try {
          const joined = await request("POST", "/api/class/join", { body: { code: state.code, name: `Phone ${i + 1}` }, localAddress });
          joinMs.push(performance.now() - t0);
          if (joined.status !== 201 || !joined.cookie) throw new Error(`join ${joined.status} ${joined.body}`);
          const phone = { localAddress, cookie: joined.cookie, revealedAt: 0 };
          streams.push(
            await follow(phone, (v) => {
              if (v.revealed && !phone.revealedAt) phone.revealedAt = performance.now();
            }),
          );
          return phone;
        } catch (e) {
          errors.push(`phone ${i + 1}: ${(e as Error).message}`);
          return null;
        }
      }),
    );
    const present = phones.filter((p) => p !== null);

    // Every phone answers once (spread over ANSWER_SPREAD_MS).
    const answerMs: number[] = [];
    let lastAnswerAt = 0;
    await Promise.all(
      present.map(async (phone, i) => {
        await sleep(Math.random() * ANSWER_SPREAD_MS);
        const t0 = performance.now();
        try {
          const res = await request("POST", "/api/class/answers", {
            body: { questionKey: `${lesson.id}/${step.id}`, choiceId: choices[i % choices.length] },
            cookie: phone.cookie,
            localAddress: phone.localAddress,
          });
          const t1 = performance.now();
          answerMs.push(t1 - t0);
          lastAnswerAt = Math.max(lastAnswerAt, t1);
          if (res.status !== 201) throw new Error(`answer ${res.status} ${res.body}`);
        } catch (e) {
          errors.push(`answer: ${(e as Error).message}`);
        }
      }),
    );
    for (let waited = 0; !allCountedAt && waited < 10_000; waited += 20) await sleep(20);
    const countedMs = allCountedAt ? Math.max(0, allCountedAt - lastAnswerAt) : Infinity;
    if (!allCountedAt) errors.push("the presenter never counted every answer");

    // The reveal, and how long until each phone has it.
    const revealAt = performance.now();
    const revealed = await request("POST", "/api/class/state", { body: { action: "reveal", revealed: true }, instructor: true });
    if (revealed.status !== 200) errors.push(`reveal ${revealed.status}`);
    for (let waited = 0; present.some((p) => !p.revealedAt) && waited < 10_000; waited += 20) await sleep(20);
    const revealMs = present.map((p) => (p.revealedAt ? p.revealedAt - revealAt : Infinity));
    if (revealMs.some((ms) => ms === Infinity))
      errors.push(`${revealMs.filter((ms) => ms === Infinity).length} phones never saw the reveal`);
    peakRss = Math.max(peakRss, rssMb(server.pid!));

    const rows = [
      ["join p95", p95(joinMs), GOALS.joinP95, "ms"],
      ["answer p95", p95(answerMs), GOALS.answerP95, "ms"],
      ["all answers counted on the presenter, after the last", countedMs, GOALS.counted, "ms"],
      ["reveal on every phone, p95", p95(revealMs), GOALS.revealP95, "ms"],
      ["errors", errors.length, GOALS.errors, ""],
      ["server RSS, peak", peakRss, GOALS.rssMb, "MB"],
    ] as const;
    let missed = errors.length > 0 || present.length < PHONES;
    for (const [label, value, goal, unit] of rows) {
      const ok = value <= goal;
      if (!values.correctness) missed ||= !ok;
      console.log(
        `${ok ? "ok  " : "MISS"} ${label.padEnd(54)} ${Number.isFinite(value) ? Math.round(value) : "never"} ${unit}`.trimEnd() +
          `  (goal ≤ ${goal}${unit ? ` ${unit}` : ""})`,
      );
    }
    console.log(`${present.length} of ${PHONES} phones joined; ${answerMs.length} answered`);
    for (const e of errors.slice(0, 10)) console.log(`  error: ${e}`);
    process.exitCode = missed ? 1 : 0;
  } finally {
    clearInterval(sampler);
    for (const s of streams) s.destroy();
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
