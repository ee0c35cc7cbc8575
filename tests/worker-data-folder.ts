// Each Vitest worker gets a data folder of its own (a copy of the database global setup migrated), so test files
// run two at a time without two of them writing one SQLite file: files in one worker still run one after another.
// Runs before every test file's imports, so env().DATA_DIR (and the database URL built from it) is the worker's.
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

const runDir = process.env.VITEST_DATA_DIR;
if (!runDir) throw new Error("VITEST_DATA_DIR is not set (vitest.config.ts sets it)");
const workerDir = path.join(runDir, `worker-${process.env.VITEST_POOL_ID ?? "1"}`);
if (!existsSync(workerDir)) cpSync(path.join(runDir, "template"), workerDir, { recursive: true });
process.env.DATA_DIR = workerDir;
