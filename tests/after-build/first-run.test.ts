// A first run on a new machine, with the real scripts against the built app, in a temporary data folder on free
// ports: `npm run seed` on a fresh folder migrates first; `npm start` prints the addresses to share and the
// instructor link, and stops cleanly on Ctrl-C; the server in front of Next never lets a client pick its own
// address with X-Forwarded-For.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { buildState } from "../../scripts/lib/preflight";
import { freePort } from "../free-port";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "pst-first-run-"));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function run(script: string, env: Record<string, string>): Run {
  // The embedded default, as on a new machine: none of the settings a developer's shell may carry.
  const base = { ...process.env };
  for (const name of [
    "DATABASE_URL",
    "CLASS_KEY",
    "TRUST_PROXY",
    "HOST",
    "PORT",
    "SKIP_BUILD",
    "SESSION_SECRET",
    "NEXTAUTH_SECRET",
    "BAAS_TOKEN_SECRET",
  ])
    delete base[name];
  const child = spawn(process.execPath, [...(script.endsWith(".mjs") ? [] : ["--import", "tsx"]), path.join(root, script)], {
    cwd: root,
    env: { ...base, NODE_ENV: "production", DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  return { child, output: () => out, exited };
}

async function waitForOutput(r: Run, pattern: RegExp, timeoutMs = 240_000): Promise<RegExpMatchArray> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const m = r.output().match(pattern);
    if (m) return m;
    if (r.child.exitCode !== null) throw new Error(`exited (${r.child.exitCode}) before printing ${pattern}:\n${r.output()}`);
    if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}:\n${r.output()}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

async function stopWithSigint(r: Run): Promise<{ code: number | null; ms: number }> {
  const sent = Date.now();
  r.child.kill("SIGINT");
  const code = await r.exited;
  return { code, ms: Date.now() - sent };
}

/** 4 searches, each claiming another address; the gateway allows 3 per address here. */
async function spoofedSearches(port: number): Promise<number[]> {
  const statuses: number[] = [];
  for (const ip of ["1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4"]) {
    const res = await fetch(`http://127.0.0.1:${port}/api/functions/search?q=dog`, {
      headers: { "x-forwarded-for": ip, "x-real-ip": ip, forwarded: `for=${ip}` },
    });
    statuses.push(res.status);
  }
  return statuses;
}

// The seed's pictures are the same on every machine and take a while to draw: reuse them from an earlier run's
// data folder when there is one (the database itself stays fresh, which is what the seed test is about).
function reuseSeedPictures() {
  const data = path.join(root, "data");
  if (!existsSync(data) || existsSync(path.join(dataDir, "blobs/seed"))) return;
  for (const dir of readdirSync(data)) {
    const seed = path.join(data, dir, "blobs/seed");
    if (existsSync(seed)) return cpSync(seed, path.join(dataDir, "blobs/seed"), { recursive: true });
  }
}

describe.skipIf(buildState(root) !== "complete")("first run (built app)", () => {
  it("npm run seed on a fresh data folder creates the database first, then seeds", async () => {
    reuseSeedPictures();
    const seed = run("scripts/seed.ts", {});
    expect(await seed.exited, seed.output()).toBe(0);
    expect(seed.output()).toMatch(/Done in [\d.]+ s: 6 categories, 66 pets/);
    expect(existsSync(path.join(dataDir, "petstore.db"))).toBe(true);
  });

  it("npm start prints the LAN addresses and the instructor link, and stops cleanly on SIGINT", async () => {
    reuseSeedPictures(); // when run alone
    const port = await freePort("0.0.0.0");
    const start = run("scripts/start.mjs", { PORT: String(port), SKIP_BUILD: "1" });
    const [, host, linkPort, key] = await waitForOutput(start, /^Instructor: http:\/\/([^:/\s]+):(\d+)\/class\?key=(\S+)$/m);

    const lan = Object.values(networkInterfaces())
      .flatMap((l) => l ?? [])
      .filter((i) => i.family === "IPv4" && !i.internal)
      .map((i) => i.address);
    const shown = [...start.output().matchAll(/^ {4}On the network: +(http:\/\/\S+)/gm)].map((m) => m[1]);
    expect(shown).toEqual([...new Set(lan)].map((a) => `http://${a}:${port}`));
    expect(start.output()).toContain(`On this computer:  http://localhost:${port}`);
    if (lan.length > 0)
      expect(start.output()).toMatch(
        new RegExp(`On the network: +http://${lan[0]!.replaceAll(".", "\\.")}:${port} +<- share this one with students`),
      );
    expect(host).toBe(lan[0] ?? "localhost");
    expect(Number(linkPort)).toBe(port);
    const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { classKey: string };
    expect(decodeURIComponent(key!)).toBe(secrets.classKey);
    // The printed key is the one the running server checks (the x-class-key header proves it like the cookie does).
    // The rendered page without its scripts: every page carries the UI's messages for the browser, the instructor's
    // words among them, so only what was rendered tells an instructor's page from a student's.
    const classPage = (k: string) =>
      fetch(`http://127.0.0.1:${port}/class`, { headers: { "x-class-key": k } })
        .then((r) => r.text())
        .then((html) => html.replace(/<script[\s\S]*?<\/script>/g, ""));
    expect(await classPage(decodeURIComponent(key!))).toContain("You are the instructor");
    expect(await classPage("not-the-key-not-the-key")).not.toContain("You are the instructor");

    const stop = await stopWithSigint(start);
    expect(stop.code, start.output()).toBe(0);
    expect(stop.ms).toBeLessThan(8_000);
    expect(start.output()).toMatch(/^Pet Store Twin stopped cleanly \(SIGINT/m);
  });

  it("HOST=127.0.0.1 is private, and a client-sent X-Forwarded-For does not reach the app", async () => {
    const port = await freePort("0.0.0.0");
    const start = run("scripts/start.mjs", { PORT: String(port), SKIP_BUILD: "1", HOST: "127.0.0.1", GATEWAY_IP_LIMIT_PER_MIN: "3" });
    await waitForOutput(start, /^Instructor: /m);
    expect(start.output()).toMatch(`Instructor: http://localhost:${port}/class?key=`);
    expect(start.output()).toContain("Private to this machine (HOST=127.0.0.1)");
    expect(start.output()).not.toContain("On the network:");
    // Four different claimed addresses are still one caller: the fourth search is over the limit of 3.
    expect(await spoofedSearches(port)).toEqual([200, 200, 200, 429]);
    expect((await stopWithSigint(start)).code).toBe(0);
  });

  it("behind a trusted proxy (TRUST_PROXY=loopback) the forwarded address is believed", async () => {
    // The converse of the test above, so that one cannot pass merely because the limit ignores addresses.
    const port = await freePort("0.0.0.0");
    const serve = run("scripts/serve.ts", {
      PORT: String(port),
      HOST: "127.0.0.1",
      TRUST_PROXY: "loopback",
      GATEWAY_IP_LIMIT_PER_MIN: "3",
      IMAGE_CONSUMER_DISABLED: "true",
    });
    await waitForOutput(serve, /listening on 127\.0\.0\.1/);
    expect(await spoofedSearches(port)).toEqual([200, 200, 200, 200]);
    const stop = await stopWithSigint(serve);
    expect(stop.code).toBe(0);
    expect(serve.output()).toMatch(/^Pet Store Twin stopped cleanly \(SIGINT/m);
  });
});
