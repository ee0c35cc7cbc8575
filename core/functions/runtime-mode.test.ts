import { describe, expect, it } from "vitest";
import { runtimeMode } from "./runtime-mode";

describe("runtimeMode", () => {
  it("simulates on this machine", () => {
    expect(runtimeMode({})).toMatchObject({ kind: "simulated", label: "simulated on this machine" });
    expect(runtimeMode({ VERCEL: "" }).kind).toBe("simulated");
  });

  it("observes on Vercel, with the region and the memory the platform gave the instance", () => {
    expect(runtimeMode({ VERCEL: "1", VERCEL_REGION: "fra1", AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "1024" })).toMatchObject({
      kind: "observed",
      label: "observed on Vercel",
      region: "fra1",
      memoryMb: 1024,
    });
    expect(runtimeMode({ VERCEL: "1", AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "lots" })).toMatchObject({ region: null, memoryMb: null });
  });
});
