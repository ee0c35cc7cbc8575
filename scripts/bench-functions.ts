// Serverless function benchmark on loopback (autocannon), for the numbers the serverless issue asks for:
//  1. search function: cold-start latency (instances reset before each call) vs warm p50/p95 and req/s,
//     at the seeded catalog size, then at BENCH_PETS (default 10,000) pets;
//  2. purchase function: purchases/s with N concurrent buyers on one pet, and zero oversell checked in the
//     database afterwards (stock sold == sum of order lines; stock never below zero).
// Baseline in the same run: GET /api/health under the same load (the machine is shared: compare ratios).
// BENCH_COMPARE_DIR=<another checkout with its own build> runs the purchase part against that build too, in
// alternating rounds (BENCH_ROUNDS, 2 by default) in the same run: before/after on the same machine state.
// BENCH_SEARCH=0 skips the search function part; BENCH_STOCK sets the pet's stock (1,000 by default).
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import "./lib/check-node";
import { execFileSync, type ChildProcess } from "node:child_process";
import { recordRows } from "./lib/bench-rows";
import { benchServerEnv } from "./lib/bench-server";
import { ensureFreshBuild } from "./lib/build-freshness";
import { spawnServer } from "./lib/spawn-server";
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";

const root = path.resolve(import.meta.dirname, "..");
const bin = (n: string) => path.join(root, "node_modules/.bin", n);
// The bench's own throwaway server gets its own instructor key (resetting instances is an instructor control).
const BENCH_CLASS_KEY = randomBytes(18).toString("base64url");
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const buyers = Number(process.env.BENCH_BUYERS ?? 20);
const PURCHASE_STOCK = Number(process.env.BENCH_STOCK ?? 1000);

function pct(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function load(opts: autocannon.Options) {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  // Wall time of our own, from the start to the last answer: autocannon's `duration` is in whole seconds, and a run
  // of a fixed number of requests ends only at its next one-second tick (500 attempts in 3.4 s read as 166/s).
  const started = performance.now();
  let lastResponseAt = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const inst = autocannon(opts, (err, res) => (err ? reject(err) : resolve(res)));
    inst.on("response", (_c, status, _b, ms) => {
      lastResponseAt = performance.now();
      times.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
  const wallSeconds = (lastResponseAt - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.total / wallSeconds,
    seconds: wallSeconds,
    p50: pct(times, 50),
    p95: pct(times, 95),
    statuses: Object.fromEntries(statuses),
  };
}

const basePort = Number(process.env.BENCH_PORT ?? 3301);

/** This checkout's server (`appDir` unset) or another checkout's build (BENCH_COMPARE_DIR), on its own data folder. */
async function startServer(
  dataDir: string,
  pets?: number,
  appDir?: string,
  port = basePort,
): Promise<{ base: string; server: ChildProcess; env: NodeJS.ProcessEnv }> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = benchServerEnv(dataDir, { IMAGE_CONSUMER_DISABLED: "true", CLASS_KEY: BENCH_CLASS_KEY });
  if (!appDir) ensureFreshBuild();
  execFileSync(bin("tsx"), ["scripts/seed.ts", ...(pets ? ["--pets", String(pets)] : [])], { cwd: appDir ?? root, env, stdio: "ignore" });
  const server = appDir
    ? spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
        cwd: appDir,
        env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
        stdio: "ignore",
      })
    : spawnServer({ env, port, host: "127.0.0.1", stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, server, env };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

async function resetInstances(base: string) {
  await fetch(`${base}/api/lens/runtime`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-class-key": BENCH_CLASS_KEY },
    body: JSON.stringify({ resetInstances: true }),
  });
}

async function benchSearch(base: string, label: string) {
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    await resetInstances(base);
    const t = performance.now();
    const res = await fetch(`${base}/api/functions/search?q=retriever`);
    cold.push(performance.now() - t);
    if (res.headers.get("x-cold-start") !== "true") throw new Error("expected a cold start after reset");
  }
  cold.sort((a, b) => a - b);
  const warm = await load({ url: `${base}/api/functions/search?q=retriever`, connections: 20, duration: seconds });
  const baseline = await load({ url: `${base}/api/health`, connections: 20, duration: seconds });
  console.log(
    `| ${label} | ${pct(cold, 50).toFixed(0)} | ${warm.p50.toFixed(0)} / ${warm.p95.toFixed(0)} | ${warm.rps.toFixed(0)} | ${baseline.p50.toFixed(0)} / ${baseline.p95.toFixed(0)} |`,
  );
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const token = (await (await fetch(`${base}/api/baas/token`, { headers: { cookie: `${cookies}; ${session}` } })).json()) as {
    token: string;
    scopes: string[];
  };
  if (!token.scopes.includes("purchase")) throw new Error("sign-in failed: token has no purchase scope");
  return token.token;
}

const purchaseHeader = () => {
  console.log(
    `| build | attempts/s | purchases/s | p50 / p95 ms | 201 | 409 | other | stock left | units in orders | oversold | load avg |`,
  );
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
};

async function benchPurchase(base: string, env: NodeJS.ProcessEnv, label = "this checkout") {
  const { PrismaClient } = await import("@prisma/client");
  const { PrismaLibSQL } = await import("@prisma/adapter-libsql");
  const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: `file:${path.join(env.DATA_DIR!, "petstore.db")}` }) });
  const stock = PURCHASE_STOCK;
  const pet = await prisma.pet.update({ where: { id: 1 }, data: { stock }, select: { id: true } });
  // Earlier rounds' orders on this pet are not this round's sales.
  const soldBefore = await prisma.orderLine.aggregate({
    where: { petId: pet.id, order: { placedVia: "serverless" } },
    _sum: { quantity: true },
  });
  const token = await signIn(base, "demo@petstore.test", "demo-password");
  // N buyers at once, each attempt a new order of one unit of the pet.
  const buy = (petId: number, amount: number) =>
    load({
      url: `${base}/api/functions/purchase`,
      method: "POST",
      connections: buyers,
      amount,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      requests: [
        { setupRequest: (req) => ({ ...req, body: JSON.stringify({ items: [{ petId, quantity: 1 }], idempotencyKey: randomUUID() }) }) },
      ],
    });
  // Warm-up on another pet, not counted: the function's instances start, and the server's code is compiled by the
  // JIT, before the measured run (a throughput, not a first-request time; the cold start has its own row).
  const warmPet = await prisma.pet.update({ where: { id: 2 }, data: { stock: { increment: buyers * 10 } }, select: { id: true } });
  await buy(warmPet.id, buyers * 10);
  // More attempts than stock: the tail must all be refused with 409.
  const result = await buy(pet.id, stock + buyers * 5);
  const after = await prisma.pet.findUniqueOrThrow({ where: { id: pet.id }, select: { stock: true } });
  const sold = await prisma.orderLine.aggregate({ where: { petId: pet.id, order: { placedVia: "serverless" } }, _sum: { quantity: true } });
  const created = result.statuses[201] ?? 0;
  const units = (sold._sum.quantity ?? 0) - (soldBefore._sum.quantity ?? 0);
  const other =
    Object.entries(result.statuses)
      .filter(([s]) => s !== "201" && s !== "409")
      .map(([s, n]) => `${s}:${n}`)
      .join(" ") || "0";
  // Purchases/s: the 201s over the run's whole duration (the 409 tail included, so it is a floor).
  console.log(
    `| ${label} | ${result.rps.toFixed(0)} | ${(created / result.seconds).toFixed(0)} | ${result.p50.toFixed(0)} / ${result.p95.toFixed(0)} | ${created} | ${result.statuses[409] ?? 0} | ${other} | ${after.stock} | ${units} | ${Math.max(0, units - stock)} | ${loadavg()[0]!.toFixed(2)} |`,
  );
  const purchasesPerSecond = created / result.seconds;
  const oversold = Math.max(0, units - stock);
  recordRows([
    {
      measure: `purchases/s with 0 oversold (${label}, ${buyers} buyers)`,
      value: `${purchasesPerSecond.toFixed(0)} (oversold ${oversold})`,
      goal: "≥ 250",
      met: label.startsWith("compare") ? null : purchasesPerSecond >= 250 && oversold === 0 && created === stock,
    },
  ]);
  await prisma.$disconnect();
}

/** Purchases on this build and on BENCH_COMPARE_DIR's, alternating, both servers up for the whole comparison. */
async function comparePurchases(compareDir: string) {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const mine = await startServer(path.join(root, "data/bench-fn"));
  const theirs = await startServer(path.join(root, "data/bench-fn-compare"), undefined, path.resolve(compareDir), basePort + 2);
  try {
    console.log(`purchase function, ${buyers} concurrent buyers, stock ${PURCHASE_STOCK}; compare = ${compareDir}\n`);
    purchaseHeader();
    for (let round = 0; round < rounds; round++) {
      await benchPurchase(theirs.base, theirs.env, "compare (before)");
      await benchPurchase(mine.base, mine.env, "this checkout");
    }
  } finally {
    mine.server.kill("SIGTERM");
    theirs.server.kill("SIGTERM");
  }
}

async function main() {
  const pets = Number(process.env.BENCH_PETS ?? 10_000);
  if (process.env.BENCH_COMPARE_DIR) return comparePurchases(process.env.BENCH_COMPARE_DIR);
  if (process.env.BENCH_SEARCH !== "0") {
    console.log(`search function (${seconds} s per load, 20 connections; /api/health is the same-run baseline)\n`);
    console.log("| catalog | cold start ms (p50 of 5) | warm p50 / p95 ms | warm req/s | health p50 / p95 ms |");
    console.log("|---|---:|---:|---:|---:|");
  }
  let s = await startServer(path.join(root, "data/bench-fn"));
  try {
    if (process.env.BENCH_SEARCH !== "0") await benchSearch(s.base, "seeded (66 pets)");
    console.log(`\npurchase function, ${buyers} concurrent buyers, stock ${PURCHASE_STOCK}:`);
    purchaseHeader();
    await benchPurchase(s.base, s.env);
  } finally {
    s.server.kill("SIGTERM");
  }
  if (process.env.BENCH_SEARCH === "0") return;
  await new Promise((r) => setTimeout(r, 1000));
  s = await startServer(path.join(root, "data/bench-fn"), pets);
  try {
    console.log("");
    await benchSearch(s.base, `${pets.toLocaleString("en-US")} pets`);
  } finally {
    s.server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
