// `npm start`. Compiles scripts/start.ts and the few modules it imports (preflight, the server wrapper) into one
// JavaScript file with esbuild, then runs that file in this process, which goes on to serve (decision 026).
//
// Why not `node --import tsx scripts/start.ts`: tsx stays loaded for the life of the process, and the process
// serves the app for hours. Its module hooks run on a loader thread of their own, and its esbuild service is a
// second process: ~40 MB that serve nothing. The esbuild service used here is stopped before the server starts.
//
// Plain JavaScript on purpose: this file must run before anything could compile it, and say one sentence on failure.
import { mkdirSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// Two levels below the project, as scripts/lib/preflight.ts (which finds the project from its own place) expects.
const outDir = path.join(root, "scripts", ".compiled");
const out = path.join(outDir, "start.mjs");

let esbuild;
try {
  esbuild = await import(pathToFileURL(createRequire(path.join(root, "package.json")).resolve("esbuild")).href);
} catch {
  console.error("The project's packages are not installed. Run `npm install`, then `npm start` again.");
  process.exit(1);
}
const notWritable = () => {
  console.error(`\`npm start\` could not write its compiled launcher to ${outDir}: is the project folder writable?`);
  process.exit(1);
};
try {
  mkdirSync(outDir, { recursive: true });
} catch {
  notWritable();
}
// Written beside the target and renamed over it, so two starts at once never run a half-written file.
const partial = `${out}.${process.pid}.tmp`;
try {
  await esbuild.build({
    entryPoints: [path.join(root, "scripts", "start.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // npm packages stay imports: Next, Prisma, sharp and the rest load from node_modules as they always do.
    packages: "external",
    logLevel: "error",
    outfile: partial,
  });
} catch {
  console.error("`npm start` could not compile scripts/start.ts (esbuild's message is above).");
  process.exit(1);
} finally {
  // esbuild compiles in a child process that would otherwise live as long as this one, which goes on to serve.
  await esbuild.stop();
}
try {
  renameSync(partial, out);
} catch {
  notWritable();
}
await import(pathToFileURL(out).href);
