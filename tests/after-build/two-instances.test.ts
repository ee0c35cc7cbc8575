// Two instances of the built app on ONE database behave as one: the gateway's rate limit is counted once across
// both (not once per instance), a failure switch flipped through one instance is seen by the other, and the
// classroom is one class: a step advanced through A reaches a student joined on B, whose answer counts in A's tally.
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildState } from "../../scripts/lib/preflight";
import { spawnServer } from "../../scripts/lib/spawn-server";
import { freePort } from "../free-port";

const root = path.resolve(import.meta.dirname, "../..");
const LIMIT = 6;
const classKey = randomBytes(24).toString("base64url");
const dataDir = mkdtempSync(path.join(tmpdir(), "pst-two-instances-"));
const servers: { child: ChildProcess; output: () => string; base: string }[] = [];

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DATABASE_URL", "TRUST_PROXY", "HOST", "PORT"]) delete env[name];
  const secret = () => randomBytes(32).toString("base64url");
  return {
    ...env,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    // One set of secrets for both, as a real second instance would be given.
    SESSION_SECRET: secret(),
    NEXTAUTH_SECRET: secret(),
    BAAS_TOKEN_SECRET: secret(),
    CLASS_KEY: classKey,
    GATEWAY_IP_LIMIT_PER_MIN: String(LIMIT),
  };
}

async function start(env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const child = spawnServer({ env, port, host: "127.0.0.1", stdio: "pipe" });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const server = { child, output: () => out, base: `http://127.0.0.1:${port}` };
  servers.push(server);
  const end = Date.now() + 240_000;
  while (!out.includes(`listening on 127.0.0.1:${port}`)) {
    if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}):\n${out}`);
    if (Date.now() > end) throw new Error(`did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

const search = (base: string) => fetch(`${base}/api/functions/search?q=dog`).then((r) => r.status);
const instructor = { "x-class-key": classKey, "content-type": "application/json" };

describe.skipIf(buildState(root) !== "complete")("two instances on one database (built app)", () => {
  let a: Awaited<ReturnType<typeof start>>;
  let b: Awaited<ReturnType<typeof start>>;

  beforeAll(async () => {
    const env = baseEnv();
    execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
    // Only one of them runs the image consumer, as a second instance in a real deployment may.
    [a, b] = await Promise.all([start(env), start({ ...env, IMAGE_CONSUMER_DISABLED: "true" })]);
  });

  // A failure here is usually explained by what the servers said: show their last lines with it.
  afterEach((context) => {
    if (context.task.result?.state !== "fail") return;
    for (const [i, s] of servers.entries()) console.error(`--- instance ${"AB"[i]} ---\n${s.output().split("\n").slice(-20).join("\n")}`);
  });

  afterAll(async () => {
    for (const s of servers) if (s.child.exitCode === null) s.child.kill("SIGINT");
    await Promise.all(servers.map((s) => (s.child.exitCode === null ? new Promise((r) => s.child.once("exit", r)) : undefined)));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`counts the gateway's limit once across both: ${LIMIT} searches split over A and B pass, the next is 429`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push(await search(i % 2 === 0 ? a.base : b.base));
    expect(statuses).toEqual(Array(LIMIT).fill(200));
    // Over the limit on both: each instance refuses, although each has served only half of it.
    const overA = await fetch(`${a.base}/api/functions/search?q=dog`);
    const overB = await fetch(`${b.base}/api/functions/search?q=dog`);
    expect([overA.status, overB.status]).toEqual([429, 429]);
    expect(Number(overB.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await overB.json()) as { error: { message: string } }).error.message).toMatch(/Too many requests from your network/);
  });

  it("a failure switch turned on through A is on in B within a second, and off again the same way", async () => {
    const enabledIn = async (base: string) => {
      const res = await fetch(`${base}/api/class/faults`, { headers: instructor });
      expect(res.status).toBe(200);
      const list = (await res.json()) as { name: string; enabled: boolean; params: { ms?: number } }[];
      return list.find((f) => f.name === "cold-start-delay")!;
    };
    expect((await enabledIn(b.base)).enabled).toBe(false);
    const on = await fetch(`${a.base}/api/class/faults/cold-start-delay`, {
      method: "PUT",
      headers: { ...instructor, origin: a.base },
      body: JSON.stringify({ enabled: true, params: { ms: 1234 } }),
    });
    expect(on.status, await on.clone().text()).toBe(200);
    const sent = Date.now();
    let seen = await enabledIn(b.base);
    while (!seen.enabled && Date.now() - sent < 1_000) seen = await enabledIn(b.base);
    expect(seen).toMatchObject({ enabled: true, params: { ms: 1234 } });

    const reset = await fetch(`${b.base}/api/class/faults`, { method: "DELETE", headers: { ...instructor, origin: b.base } });
    expect(reset.status).toBe(200);
    expect((await enabledIn(a.base)).enabled).toBe(false);
  });

  it("a load run started on A makes B refuse a second with 409; once A stops it, B may start one", async () => {
    const load = (base: string, method: string, body?: unknown) =>
      fetch(`${base}/api/class/load`, { method, headers: { ...instructor, origin: base }, body: body ? JSON.stringify(body) : undefined });
    const settings = { target: "monolith", users: 1, seconds: 5 };
    const first = await load(a.base, "POST", settings);
    expect(first.status, await first.clone().text()).toBe(202);
    const second = await load(b.base, "POST", settings);
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/already going/);
    expect((await load(a.base, "DELETE", {})).status).toBe(200);
    // The lease is given back as the run ends (within a moment of the stop).
    let again = await load(b.base, "POST", settings);
    for (let i = 0; again.status === 409 && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      again = await load(b.base, "POST", settings);
    }
    expect(again.status).toBe(202);
    expect((await load(b.base, "DELETE", {})).status).toBe(200);
  });

  describe("the classroom is one class across both", () => {
    type View = {
      version: number;
      revealed: boolean;
      students: number;
      lesson: { id: string } | null;
      step: { index: number; prediction?: { key: string; choices: { id: string }[] } } | null;
      tally: { questionKey: string; counts: Record<string, number>; total: number } | null;
      myAnswer?: string;
      roster?: { handle: string; name?: string }[];
    };
    const command = async (base: string, body: unknown) => {
      const res = await fetch(`${base}/api/class/state`, {
        method: "POST",
        headers: { ...instructor, origin: base },
        body: JSON.stringify(body),
      });
      expect(res.status, await res.clone().text()).toBe(200);
      return ((await res.json()) as { view: View }).view;
    };
    let studentCookie = "";
    let lessonId = "";

    /** The student's event stream on an instance: every view it receives, as it arrives. */
    function follow(base: string, cookie: string) {
      const views: View[] = [];
      const abort = new AbortController();
      const done = (async () => {
        const res = await fetch(`${base}/api/class/events`, { headers: { cookie }, signal: abort.signal });
        const reader = res.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { done: end, value } = await reader.read();
          if (end) return;
          buffer += decoder.decode(value, { stream: true });
          let cut: number;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            const message = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const data = message.split("\n").find((l) => l.startsWith("data: "));
            if (data) views.push(JSON.parse(data.slice(6)) as View);
          }
        }
      })().catch(() => undefined);
      return { views, stop: () => (abort.abort(), done) };
    }

    async function until<T>(read: () => T | undefined, ms: number): Promise<T | undefined> {
      const end = Date.now() + ms;
      for (;;) {
        const value = read();
        if (value !== undefined || Date.now() > end) return value;
        await new Promise((r) => setTimeout(r, 20));
      }
    }

    it("a step advanced through A is seen by a student joined on B within a second (over B's event stream)", async () => {
      // A student joins through B, with the code the presenter on A shows (the lobby's: the lesson adopts it).
      const { code } = (await (await fetch(`${a.base}/api/class/state`, { headers: instructor })).json()) as { code: string };
      const join = await fetch(`${b.base}/api/class/join`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: b.base },
        body: JSON.stringify({ code, name: "Phone on B" }),
      });
      expect(join.status, await join.clone().text()).toBe(201);
      studentCookie = join.headers
        .getSetCookie()
        .map((c) => c.split(";")[0]!)
        .find((c) => c.startsWith("pst_student="))!;
      expect(studentCookie).toBeDefined();
      // The presenter on A sees the student B took.
      const lessons = (await (await fetch(`${a.base}/api/class/state`, { headers: instructor })).json()) as View;
      expect(lessons.students).toBe(1);

      const first = await command(a.base, { action: "go", lessonId: "where-does-the-code-run", step: 1 });
      lessonId = first?.lesson?.id ?? "";
      expect(lessonId).not.toBe("");
      const stream = follow(b.base, studentCookie);
      try {
        expect(await until(() => stream.views.find((v) => v.step?.index === 0), 5_000)).toBeDefined();
        const sent = Date.now();
        const moved = await command(a.base, { action: "next" });
        expect(moved.step?.index).toBe(1);
        const seen = await until(() => stream.views.find((v) => v.lesson?.id === lessonId && v.step?.index === 1), 1_000);
        expect(seen, `B's stream got ${JSON.stringify(stream.views.map((v) => v.step?.index))}`).toBeDefined();
        expect(Date.now() - sent).toBeLessThan(1_000);
        // B's own read agrees.
        const onB = (await (await fetch(`${b.base}/api/class/state`, { headers: { cookie: studentCookie } })).json()) as View;
        expect(onB.step?.index).toBe(1);
      } finally {
        await stream.stop();
      }
    });

    it("an answer sent to B shows in A's tally; students see only the counts, and only after the reveal", async () => {
      // Walk A to the first step that asks a question.
      let view = await command(a.base, { action: "go", lessonId, step: 1 });
      while (!view.step?.prediction) view = await command(a.base, { action: "next" });
      const prediction = view.step.prediction;
      const choice = prediction.choices[0]!.id;
      expect(view.tally?.total).toBe(0);

      const answer = await fetch(`${b.base}/api/class/answers`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: b.base, cookie: studentCookie },
        body: JSON.stringify({ questionKey: prediction.key, choiceId: choice }),
      });
      expect(answer.status, await answer.clone().text()).toBe(201);
      // A second answer through A is refused: one per student per question, across instances.
      const again = await fetch(`${a.base}/api/class/answers`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: a.base, cookie: studentCookie },
        body: JSON.stringify({ questionKey: prediction.key, choiceId: prediction.choices[1]!.id }),
      });
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ accepted: false, choiceId: choice });

      // The presenter's tally on A counts it (live, before the reveal).
      const tallyOnA = (await (await fetch(`${a.base}/api/class/state`, { headers: instructor })).json()) as View;
      expect(tallyOnA.tally).toMatchObject({ questionKey: prediction.key, total: 1 });
      expect(tallyOnA.tally!.counts[choice]).toBe(1);
      // Private: the instructor's view has counts and a roster of handles (to remove a phone), never a student id
      // or who answered what; the name the student gave shows only on the instructor's roster.
      expect(JSON.stringify(tallyOnA)).not.toContain(studentCookie.split("=")[1]!);
      expect(tallyOnA.roster?.map((r) => r.name)).toEqual(["Phone on B"]);
      expect(JSON.stringify(tallyOnA.tally)).not.toContain("Phone on B");

      // The student on B: their own answer, no tally before the reveal; after it, the counts only.
      const before = (await (await fetch(`${b.base}/api/class/state`, { headers: { cookie: studentCookie } })).json()) as View;
      expect(before.myAnswer).toBe(choice);
      expect(before.tally).toBeNull();
      expect(before.roster).toBeUndefined();
      await command(a.base, { action: "reveal", revealed: true });
      const after = (await (await fetch(`${b.base}/api/class/state`, { headers: { cookie: studentCookie } })).json()) as View;
      expect(after.revealed).toBe(true);
      expect(after.tally).toEqual({ questionKey: prediction.key, counts: tallyOnA.tally!.counts, total: 1 });
      await command(a.base, { action: "end" });
    });
  });
});
