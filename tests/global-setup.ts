// Creates a fresh, migrated database for the integration tests (real Prisma + libSQL, not a fake).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export default function setup() {
  const dir = path.resolve(import.meta.dirname, "../data/vitest");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(path.resolve(import.meta.dirname, "../node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATA_DIR: dir },
    stdio: "pipe",
  });
}
