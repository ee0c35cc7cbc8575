// Starts the app for the Playwright suite on a fresh database of its own (data/e2e):
// migrate → seed → build (unless SKIP_BUILD=1 and a build exists) → next start.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const dataDir = path.join(root, "data/e2e");
const port = process.env.E2E_PORT ?? "3100";
// The suite acts as the instructor with this key (x-class-key header, or /class?key=… in a browser).
const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" as const, CLASS_KEY: process.env.E2E_CLASS_KEY ?? "e2e-instructor-key-for-tests" };

// Start from an empty database and store, but keep the seed's rendered pictures (blobs/seed): they are
// the same every run and take ~20 s to draw.
mkdirSync(path.join(dataDir, "blobs"), { recursive: true });
for (const entry of readdirSync(dataDir)) if (entry !== "blobs") rmSync(path.join(dataDir, entry), { recursive: true, force: true });
for (const entry of readdirSync(path.join(dataDir, "blobs"))) if (entry !== "seed") rmSync(path.join(dataDir, "blobs", entry), { recursive: true, force: true });
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, env, stdio: "inherit" });

run(bin("prisma"), ["migrate", "deploy"]);
run(bin("tsx"), ["prisma/seed.ts"]);
if (!(process.env.SKIP_BUILD === "1" && existsSync(path.join(root, ".next/BUILD_ID")))) run(bin("next"), ["build"]);

const server = spawn(bin("next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
