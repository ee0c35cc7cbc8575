// Checks what `vercel build` made of the app (.vercel/output, Vercel's Build Output API), without deploying:
// every serverless function (search, purchase, data API, token, uploads, pipeline steps) is a bundle of its own with the memory and maxDuration declared in
// core/functions/function-specs.ts, the monolith's pages are server-rendered functions, and the static parts
// are files. Skipped unless .vercel/output exists: `npm run test:vercel` builds it, then runs this file.
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FUNCTION_SPECS } from "@/core/functions/function-specs";

const root = path.resolve(import.meta.dirname, "../..");
const output = path.join(root, ".vercel/output");
const functionsDir = path.join(output, "functions");

type VcConfig = { memory?: number; maxDuration?: number | "max"; runtime?: string; handler?: string };

/** `app/api/functions/search/route.ts` → `.vercel/output/functions/api/functions/search.func` */
function funcDirFor(route: string): string {
  const urlPath = route.replace(/^app\//, "").replace(/\/(route|page)\.(ts|tsx|js)$/, "");
  return path.join(functionsDir, `${urlPath}.func`);
}

function vcConfig(funcDir: string): VcConfig {
  return JSON.parse(readFileSync(path.join(realpathSync(funcDir), ".vc-config.json"), "utf8")) as VcConfig;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f));
}

const monolithPages = listFiles(path.join(root, "app/monolith"))
  .filter((f) => f.endsWith("/page.tsx") && !f.includes("/_"))
  .map((f) => path.relative(root, f));

describe.skipIf(!existsSync(functionsDir))("vercel build output (.vercel/output)", () => {
  const specRoutes = FUNCTION_SPECS.flatMap((spec) => spec.routes.map((route) => ({ spec, route })));

  it("has a function folder for every declared route", () => {
    for (const { route } of specRoutes) expect(existsSync(funcDirFor(route)), `${route} → ${funcDirFor(route)}`).toBe(true);
  });

  it("gives every declared function its own bundle, shared by no other function", () => {
    const owner = new Map<string, string>(); // bundle realpath → function name
    for (const { spec, route } of specRoutes) {
      const real = realpathSync(funcDirFor(route));
      const taken = owner.get(real);
      expect(taken === undefined || taken === spec.name, `${route} (${spec.name}) shares its bundle with the ${taken} function`).toBe(true);
      owner.set(real, spec.name);
    }
    expect(new Set(owner.values()).size).toBe(FUNCTION_SPECS.length);
    // …and none of them is the bundle the monolith's pages or the other API routes share.
    expect(owner.has(realpathSync(funcDirFor("app/monolith/page.tsx")))).toBe(false);
    expect(owner.has(realpathSync(funcDirFor("app/api/health/route.ts")))).toBe(false);
    // The search and purchase functions, by name: before vercel.json they were one bundle with a workflow route.
    expect(realpathSync(funcDirFor("app/api/functions/search/route.ts"))).not.toBe(
      realpathSync(funcDirFor("app/api/functions/purchase/route.ts")),
    );
  });

  it("configures each bundle with the declared memory and maxDuration", () => {
    for (const { spec, route } of specRoutes) {
      const config = vcConfig(funcDirFor(route));
      expect({ route, memory: config.memory, maxDuration: config.maxDuration }).toEqual({
        route,
        memory: spec.memoryMb,
        maxDuration: spec.maxDuration,
      });
    }
  });

  it("serves the monolith's pages from server-rendered functions, never prerendered files", () => {
    expect(monolithPages.length).toBeGreaterThan(5);
    const staticFiles = listFiles(path.join(output, "static")).map((f) => path.relative(path.join(output, "static"), f));
    for (const page of monolithPages) {
      const funcDir = funcDirFor(page);
      expect(existsSync(funcDir), `${page} has no function`).toBe(true);
      expect(vcConfig(funcDir).handler, page).toBeTruthy();
      // A prerendered page would come with a prerender config (ISR) or an HTML file in static/.
      expect(existsSync(funcDir.replace(/\.func$/, ".prerender-config.json")), `${page} is prerendered`).toBe(false);
      const url = path.relative(functionsDir, funcDir).replace(/\.func$/, "");
      expect(staticFiles.filter((f) => f === `${url}.html` || f === `${url}/index.html`)).toEqual([]);
    }
  });

  it("ships the serverless store's browser code as static files; every HTML page carries its own CSP nonce", () => {
    const staticDir = path.join(output, "static");
    const chunks = listFiles(path.join(staticDir, "_next/static")).filter((f) => f.endsWith(".js") && statSync(f).isFile());
    expect(chunks.length).toBeGreaterThan(0);
    // The serverless store is a browser app: the code that fetches its data-API token is a static file on the CDN.
    const appChunk = chunks.find((f) => readFileSync(f, "utf8").includes("/api/baas/token"));
    expect(appChunk, "the serverless store's client code is a static chunk").toBeDefined();
    // No HTML page is prerendered, not even the landing page: each carries a fresh CSP nonce for its inline
    // scripts (docs/security.md, "Security headers"), so its HTML is rendered per request by a function.
    expect(existsSync(path.join(functionsDir, "index.prerender-config.json"))).toBe(false);
    expect(existsSync(path.join(functionsDir, "index.func"))).toBe(true);
  });

  it("routes requests through the proxy (middleware) and lists the pipeline's queue triggers", () => {
    const config = JSON.parse(readFileSync(path.join(output, "config.json"), "utf8")) as {
      version: number;
      routes: { middlewarePath?: string }[];
    };
    expect(config.version).toBe(3);
    expect(config.routes.some((r) => r.middlewarePath === "/_middleware")).toBe(true);
    const step = JSON.parse(
      readFileSync(path.join(funcDirFor("app/.well-known/workflow/v1/step/route.js"), ".vc-config.json"), "utf8"),
    ) as { experimentalTriggers?: { topic: string }[] };
    expect(step.experimentalTriggers?.map((t) => t.topic)).toContain("__wkf_step_*");
  });
});
