// Creates a fresh, migrated database for the integration tests (real Prisma + libSQL, not a fake), in the folder
// vitest.config.ts picked for this run, and removes it when the run ends. Each worker copies it to a folder of
// its own before its first test file (tests/worker-data-folder.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export default function setup() {
  const dir = process.env.VITEST_DATA_DIR;
  if (!dir) throw new Error("VITEST_DATA_DIR is not set (vitest.config.ts sets it)");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "template"), { recursive: true });
  execFileSync(path.resolve(import.meta.dirname, "../node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATA_DIR: path.join(dir, "template") },
    stdio: "pipe",
  });
  return () => rmSync(dir, { recursive: true, force: true });
}
