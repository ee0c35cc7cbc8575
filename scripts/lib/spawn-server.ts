// Starts scripts/serve.ts as a child process, for the e2e suite, the after-build tests, the benches and the crash
// test (`npm start` serves in its own process instead, decision 025). `node --import tsx` (not the tsx CLI, which
// would run the server in a grandchild): the pid we hold is the server's, so SIGINT/SIGTERM reach its clean stop and
// the crash test's SIGKILL really kills the server.
import { spawn, type ChildProcess, type IOType } from "node:child_process";
import path from "node:path";
import { root } from "./preflight";

//
// The IPC channel is there only so the server notices when its launcher is gone (killed with -9, or its
// terminal closed): serve.ts then stops by itself instead of living on, orphaned, on the port.
export function spawnServer(options: {
  env: NodeJS.ProcessEnv;
  port: number | string;
  host?: string;
  stdio?: IOType;
  /** Node options before the script, e.g. `--cpu-prof` (scripts/bench-pipeline.ts BENCH_CPU_PROF). */
  nodeArgs?: string[];
}): ChildProcess {
  const io = options.stdio ?? "inherit";
  return spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", path.join(root, "scripts/serve.ts")], {
    cwd: root,
    env: { ...options.env, PORT: String(options.port), ...(options.host ? { HOST: options.host } : {}) },
    stdio: [io, io, io, "ipc"],
  });
}
