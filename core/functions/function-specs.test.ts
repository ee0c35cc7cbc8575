import { describe, expect, it } from "vitest";
import { FUNCTION_SPECS, functionMemoryMb, functionSpec, vercelFunctionsConfig } from "./function-specs";

describe("function specs", () => {
  it("never give two functions the same settings (Vercel would pack them into one bundle)", () => {
    const pairs = FUNCTION_SPECS.map((s) => `${s.memoryMb}/${s.maxDuration}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("list every route once", () => {
    const routes = FUNCTION_SPECS.flatMap((s) => s.routes);
    expect(new Set(routes).size).toBe(routes.length);
    expect(Object.keys(vercelFunctionsConfig())).toEqual(routes);
  });

  it("bill each pipeline step at the size of the one route all steps run in", () => {
    expect(functionSpec("pipeline:thumbnail")?.name).toBe("pipeline");
    expect(functionMemoryMb("pipeline:index")).toBe(functionSpec("pipeline")!.memoryMb);
    expect(functionMemoryMb("search")).toBe(1024);
    expect(functionSpec("nope")).toBeUndefined();
  });
});
