// The benchmarks' own throwaway servers: a seeded data folder of the bench's own, served by scripts/serve.ts as
// `npm start` does, with the gateway's rate limits opened (the load is one address hammering on purpose).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { root } from "./preflight";
import { TEST_ADMIN_PASSWORD } from "./test-admin-password";

export async function waitFor(url: string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not come up`);
}

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * A bench server's environment: its own data folder, a production build, and the gateway's per-address and per-user
 * limits and the functions' concurrency opened wide (the load is one address hammering on purpose).
 */
export function benchServerEnv(dataDir: string, extraEnv: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: dataDir,
    NODE_ENV: "production",
    GATEWAY_IP_LIMIT_PER_MIN: "100000000",
    GATEWAY_USER_LIMIT_PER_MIN: "100000000",
    FUNCTION_MAX_CONCURRENCY: "100",
    // The seeded admin's password the bench clients sign in with (scripts/pipeline/*-admin-client.ts).
    ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    ...extraEnv,
  };
}

/**
 * Seeds a data folder and serves the build in `appDir` on `port` (scripts/serve.ts, as npm start does). `pets: 0`
 * only migrates the database: a bench that never opens the store (bench:room) skips drawing the seed's pictures.
 */
export async function startApp(
  appDir: string,
  dataDir: string,
  port: number,
  pets?: number,
  extraEnv: Record<string, string> = {},
): Promise<ChildProcess> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = { ...benchServerEnv(dataDir, extraEnv), PORT: String(port), HOST: "127.0.0.1" };
  if (pets === 0) execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: appDir, env, stdio: "ignore" });
  else
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/seed.ts", ...(pets ? ["--pets", String(pets)] : [])], {
      cwd: appDir,
      env,
      stdio: "ignore",
    });
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: appDir,
    env,
    stdio: "ignore",
  });
  // An unseeded store reports itself unhealthy: a bench without pets waits for the classroom instead.
  await waitFor(`http://127.0.0.1:${port}${pets === 0 ? "/api/class/state" : "/api/health"}`);
  return server;
}

export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await gone;
}
