// vercel.json is derived from core/functions/function-specs.ts (`npm run build:vercel -- --write`); this
// fails when someone edits one without the other.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FUNCTION_SPECS, vercelFunctionsConfig } from "@/core/functions/function-specs";

const root = path.resolve(import.meta.dirname, "../..");

describe("vercel.json", () => {
  it("declares exactly the functions block the specs derive", () => {
    const config = JSON.parse(readFileSync(path.join(root, "vercel.json"), "utf8")) as { functions: unknown };
    expect(config.functions).toEqual(vercelFunctionsConfig());
  });

  it("names route files that exist (the workflow step route is generated at build time)", () => {
    for (const route of FUNCTION_SPECS.flatMap((s) => s.routes)) {
      if (route.startsWith("app/.well-known/workflow/")) continue;
      expect(existsSync(path.join(root, route)), route).toBe(true);
    }
  });
});
