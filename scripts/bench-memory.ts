// `npm run bench:memory`: what the server holds after load, store by store. Seeds its own data folder
// (data/bench-memory; BENCH_PETS seeds a bigger catalog), serves the build with the V8 inspector on
// BENCH_PORT + 1 (loopback only), loads both stores (BENCH_SECONDS per path, 20 connections, no cookies),
// forces a garbage collection through the inspector and then asks the server's own process for each in-process
// store's entry count and an estimate of the bytes reachable from it (a walk over its objects: strings by length,
// 8 bytes per number or slot, Maps and arrays by size; an estimate, not a heap snapshot's retained size — an
// object two stores share is counted in both, objects shared inside one store once). The search function is
// loaded twice, the second time after its instances are reset, so each cold instance parses the stored index. Prints the process's RSS / heap / external memory next to them.
import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import path from "node:path";
import WebSocket from "ws";
import "./lib/check-node";
import { ensureFreshBuild } from "./lib/build-freshness";
import { spawnServer } from "./lib/spawn-server";
import { benchServerEnv, waitFor } from "./lib/bench-server";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3330);
const inspectPort = port + 1;
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const base = `http://127.0.0.1:${port}`;
// The bench's own instructor key: resetting function instances is an instructor control.
const CLASS_KEY = randomBytes(18).toString("base64url");
const load1 = () => loadavg()[0]!.toFixed(1);

const PATHS = [
  "/monolith",
  "/monolith/category/dogs",
  "/monolith/pets/5",
  "/monolith/search?q=retriever",
  "/api/functions/search?q=retriever",
  "/serverless",
];

// Runs inside the server process (Runtime.evaluate): counts and reachable-byte estimates per store.
const PROBE = String.raw`(async () => {
  const g = globalThis;
  const est = (rootValue) => {
    const seen = new Set(); const stack = [rootValue]; let bytes = 0;
    while (stack.length) {
      const v = stack.pop(); const t = typeof v;
      if (v === null || v === undefined || t === "function" || t === "symbol") continue;
      if (t === "string") { bytes += 16 + v.length; continue; }
      if (t !== "object") { bytes += 8; continue; }
      if (seen.has(v)) continue; seen.add(v);
      if (ArrayBuffer.isView(v)) { bytes += 64 + v.byteLength; continue; }
      if (v instanceof ArrayBuffer) { bytes += 64 + v.byteLength; continue; }
      if (v instanceof Promise) { bytes += 32; continue; }
      if (v instanceof Date) { bytes += 24; continue; }
      if (v instanceof Map) { bytes += 32 + v.size * 24; for (const [k, x] of v) stack.push(k, x); continue; }
      if (v instanceof Set) { bytes += 32 + v.size * 16; for (const x of v) stack.push(x); continue; }
      if (Array.isArray(v)) { bytes += 16 + v.length * 8; for (const x of v) stack.push(x); continue; }
      const keys = Object.keys(v); bytes += 24 + keys.length * 8; for (const k of keys) stack.push(v[k]);
    }
    return bytes;
  };
  const rows = [];
  const row = (store, entries, bound, value) => rows.push({ store, entries, bound, bytes: est(value) });
  const cache = g.__monolithCatalogCache;
  if (cache) {
    const values = [];
    for (const e of cache.values()) values.push(await e.value.catch(() => null));
    row("catalog cache (monolith)", cache.size + " entries", "2,000 entries, 5 s", values);
  }
  const search = g.__monolithSearch;
  if (search) row("monolith search index", search.index.docs.size + " pets", "one copy of the catalog", search.index);
  const pools = g.__functionPools;
  if (pools) for (const [name, slot] of pools) {
    const states = [...slot.states.values()];
    const copies = new Set(states.map((x) => x.state && x.state.index)).size;
    row("function " + name + ": instance states", states.length + " instances, " + copies + " distinct index copies", "FUNCTION_MAX_CONCURRENCY, idle timeout", states);
  }
  const spans = g.__lensSpanStore;
  if (spans) row("span store (server)", spans.list().length + " spans (" + spans.dropped() + " dropped)", spans.capacity + " spans", spans.list());
  const browser = g.__browserSpanStore;
  if (browser) row("span store (browser)", browser.list().length + " spans", "per visitor × visitors", browser.list());
  const visitors = g.__lensTraceVisitors;
  if (visitors) row("trace → visitor map", visitors.size + " traces", "20,000 traces", visitors);
  const invocations = g.__functionInvocations;
  if (invocations) row("function invocation log", "", "ring", invocations);
  const handOff = g.__imageHandOff;
  if (handOff) row("photo hand-off", handOff.size + " photos", "8 photos, 64 MB", handOff);
  const counters = g.__sharedCounters;
  if (counters) row("rate-limit counters", "", "per window", counters);
  const m = process.memoryUsage();
  return JSON.stringify({ rows, memory: m });
})()`;

async function evaluate(expression: string): Promise<string> {
  const list = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const ws = new WebSocket(list[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  let id = 0;
  const send = (method: string, params: object = {}) =>
    new Promise<{ result?: { result?: { value?: unknown } }; error?: unknown }>((resolve) => {
      const me = ++id;
      const onMessage = (data: WebSocket.RawData) => {
        const msg = JSON.parse(String(data)) as { id?: number };
        if (msg.id === me) {
          ws.off("message", onMessage);
          resolve(msg as never);
        }
      };
      ws.on("message", onMessage);
      ws.send(JSON.stringify({ id: me, method, params }));
    });
  await send("HeapProfiler.enable");
  await send("HeapProfiler.collectGarbage");
  const res = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
  ws.close();
  if (res.error || typeof res.result?.result?.value !== "string") throw new Error(`probe failed: ${JSON.stringify(res).slice(0, 500)}`);
  return res.result.result.value;
}

/** The status codes autocannon saw, e.g. "(200×150, 503×40)". */
const statuses = (r: autocannon.Result) => {
  const stats = (r as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  return `(${Object.entries(stats)
    .map(([code, s]) => `${code}×${s.count}`)
    .join(", ")})`;
};

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

async function main() {
  const dataDir = path.join(root, "data/bench-memory");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  // The app's own concurrency limit, not the bench's wide one: what a class's server holds is the measure here.
  const env = benchServerEnv(dataDir, { CLASS_KEY, FUNCTION_MAX_CONCURRENCY: process.env.FUNCTION_MAX_CONCURRENCY ?? "10" });
  ensureFreshBuild();
  const pets = process.env.BENCH_PETS;
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/seed.ts", ...(pets ? ["--pets", pets] : [])], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  const server = spawnServer({
    env: { ...env, NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` },
    port,
    host: "127.0.0.1",
    stdio: "ignore",
  });
  try {
    await waitFor(`${base}/api/health`, 60_000);
    const before = JSON.parse(await evaluate(PROBE)) as { memory: NodeJS.MemoryUsage };
    console.log(`load average ${load1()} at start; ${seconds} s per path, 20 connections, no cookies`);
    for (const p of PATHS) {
      const r = await autocannon({ url: base + p, connections: 20, duration: seconds });
      console.log(`  ${p}: ${r.requests.average.toFixed(0)} req/s, ${r.non2xx} non-2xx ${statuses(r)}`);
    }
    // The first cold starts share one index rebuild (no artifact in storage yet); once the artifact is there,
    // each cold instance parses its own copy: reset the instances and load the search function again.
    await fetch(`${base}/api/lens/runtime`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-class-key": CLASS_KEY },
      body: JSON.stringify({ resetInstances: true }),
    });
    const again = await autocannon({ url: `${base}/api/functions/search?q=retriever`, connections: 20, duration: seconds });
    console.log(
      `  (instances reset) /api/functions/search?q=retriever: ${again.requests.average.toFixed(0)} req/s, ${again.non2xx} non-2xx ${statuses(again)}`,
    );
    const after = JSON.parse(await evaluate(PROBE)) as {
      rows: { store: string; entries: string; bound: string; bytes: number }[];
      memory: NodeJS.MemoryUsage;
    };
    console.log(`\nload average ${load1()} at the probe (after a forced GC)\n`);
    console.log("| store | held after load | bound | reachable (estimate) |");
    console.log("|---|---|---|---:|");
    for (const r of after.rows) console.log(`| ${r.store} | ${r.entries} | ${r.bound} | ${mb(r.bytes)} |`);
    console.log("\n| process | idle after start | after load (after GC) |");
    console.log("|---|---:|---:|");
    for (const k of ["rss", "heapTotal", "heapUsed", "external", "arrayBuffers"] as const)
      console.log(`| ${k} | ${mb(before.memory[k])} | ${mb(after.memory[k])} |`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
