// `npm start`. Compiles scripts/start.ts and the few modules it imports (preflight, the server wrapper) into one
// JavaScript file with esbuild, then runs that file in this process, which goes on to serve (decision 026).
//
// Why not `node --import tsx scripts/start.ts`: tsx stays loaded for the life of the process, and the process
// serves the app for hours. Its module hooks run on a loader thread of their own, and its esbuild service is a
// second process: ~40 MB that serve nothing. The esbuild run here is a child that exits before the server starts.
//
// Plain JavaScript on purpose: this file must run before anything could compile it, and say one sentence on failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const esbuild = path.join(root, "node_modules", ".bin", "esbuild");
// Two levels below the project, as scripts/lib/preflight.ts (which finds the project from its own place) expects.
const outDir = path.join(root, "scripts", ".compiled");
const out = path.join(outDir, "start.mjs");

if (!existsSync(esbuild)) {
  console.error("The project's packages are not installed. Run `npm install`, then `npm start` again.");
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
// Written beside the target and renamed over it, so two starts at once never run a half-written file.
const partial = `${out}.${process.pid}.tmp`;
const compiled = spawnSync(
  esbuild,
  [
    path.join(root, "scripts", "start.ts"),
    "--bundle",
    "--platform=node",
    "--format=esm",
    "--target=node20",
    // npm packages stay imports: Next, Prisma, sharp and the rest load from node_modules as they always do.
    "--packages=external",
    "--log-level=warning",
    `--outfile=${partial}`,
  ],
  { cwd: root, stdio: ["ignore", "inherit", "inherit"] },
);
if (compiled.status !== 0) {
  console.error("`npm start` could not compile scripts/start.ts (esbuild's message is above).");
  process.exit(1);
}
renameSync(partial, out);
await import(pathToFileURL(out).href);
