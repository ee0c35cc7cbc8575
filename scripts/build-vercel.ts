// `npm run build:vercel`: builds the app exactly as Vercel would, on this machine and without network, into
// .vercel/output (the Build Output API: one folder per function with its .vc-config.json, static files,
// routes in config.json). Nothing is deployed. `vercel build` needs a linked project; an offline
// placeholder link is written when there is none (.vercel/ is git-ignored). A real `vercel link` replaces it.
//
// Before building, vercel.json's `functions` block is checked against core/functions/function-specs.ts,
// the one declaration of each function's memory and maxDuration (`-- --write` rewrites vercel.json from it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { vercelFunctionsConfig } from "../core/functions/function-specs";

const root = path.resolve(import.meta.dirname, "..");
const projectJson = path.join(root, ".vercel/project.json");
const vercelJson = path.join(root, "vercel.json");

const OFFLINE_LINK = { projectId: "prj_local", orgId: "team_local", settings: { framework: "nextjs" } };

function expectedVercelJson() {
  return { $schema: "https://openapi.vercel.sh/vercel.json", functions: vercelFunctionsConfig() };
}

function checkVercelJson(write: boolean): void {
  const expected = expectedVercelJson();
  if (write) {
    writeFileSync(vercelJson, JSON.stringify(expected, null, 2) + "\n");
    console.log("wrote vercel.json from core/functions/function-specs.ts");
    return;
  }
  const actual: unknown = existsSync(vercelJson) ? JSON.parse(readFileSync(vercelJson, "utf8")) : null;
  if (!isDeepStrictEqual(actual, expected)) {
    console.error("vercel.json does not match core/functions/function-specs.ts. Run `npm run build:vercel -- --write` to regenerate it.");
    process.exit(1);
  }
}

function main() {
  checkVercelJson(process.argv.includes("--write"));
  if (!existsSync(projectJson)) {
    mkdirSync(path.dirname(projectJson), { recursive: true });
    writeFileSync(projectJson, JSON.stringify(OFFLINE_LINK) + "\n");
    console.log("wrote an offline placeholder link: .vercel/project.json (prj_local)");
  }
  const started = performance.now();
  const result = spawnSync(path.join(root, "node_modules/.bin/vercel"), ["build", "--yes"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, VERCEL_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`vercel build failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`vercel build: .vercel/output written in ${seconds} s`);
}

main();
