// Two instances of the built app on ONE database behave as one: the gateway's rate limit is counted once across
// both (not once per instance), and a failure switch flipped through one instance is seen by the other.
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildState } from "../../scripts/lib/preflight";
import { spawnServer } from "../../scripts/lib/spawn-server";

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

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
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
});
