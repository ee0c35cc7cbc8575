// Starts scripts/serve.ts as a child process. `node --import tsx` (not the tsx CLI, which would run the server
// in a grandchild): the pid we hold is the server's, so SIGINT/SIGTERM reach its clean stop and the crash
// test's SIGKILL really kills the server. A child (not in-process) so the launcher's memory — the seed's
// rendered pictures, Prisma — is not held next to the server for the whole class.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { root } from "./preflight";

export function spawnServer(options: { env: NodeJS.ProcessEnv; port: number | string; host?: string; stdio?: StdioOptions }): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], {
    cwd: root,
    env: { ...options.env, PORT: String(options.port), ...(options.host ? { HOST: options.host } : {}) },
    stdio: options.stdio ?? "inherit",
  });
}
