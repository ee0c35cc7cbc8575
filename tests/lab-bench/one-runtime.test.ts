// Pipeline steps and HTTP functions share one runtime: the same pools (listed and reset together), the same
// cold-start delay and concurrency cap, the timeout from core/functions/function-specs, one invocation log.
import { functionMemoryMb } from "../../core/functions/function-specs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as search } from "@/app/api/functions/search/route";
import { faultState } from "@/infra/faults/fault-state";
import { FunctionThrottledError, runPipelineFunction } from "@/serverless/pipeline/run-pipeline-function";
import { resetThrottles } from "@/infra/throttle/throttle";
import { invokeFunction, listInstances, resetFunctionInstances, setRuntimeLimits } from "@/serverless/runtime/function-runtime";
import { listInvocations } from "@/serverless/runtime/invocation-log";
import { call } from "../serverless/serverless-test-helpers";

beforeEach(async () => {
  faultState.reset();
  await resetThrottles();
  resetFunctionInstances();
  setRuntimeLimits({});
});
afterEach(() => {
  faultState.reset();
  setRuntimeLimits({});
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("one function runtime", () => {
  it("a pipeline step is an instance next to the HTTP functions; Reset instances drops both", async () => {
    await call(search, "/api/functions/search?q=dog");
    expect(await runPipelineFunction("pipeline:store", async () => "stored")).toBe("stored");
    expect(
      listInstances()
        .map((i) => i.functionName)
        .sort(),
    ).toEqual(["pipeline:store", "search"]);
    const log = listInvocations("pipeline:store");
    expect(log.at(-1)).toMatchObject({
      functionName: "pipeline:store",
      cold: true,
      status: 200,
      memoryMb: functionMemoryMb("pipeline:store"),
    });
    resetFunctionInstances();
    expect(listInstances()).toEqual([]);
    await runPipelineFunction("pipeline:store", async () => "again");
    expect(listInvocations("pipeline:store").at(-1)!.cold).toBe(true);
  });

  it("the cold-start delay and the concurrency cap reach the steps: a throttled step is a 429 the workflow retries", async () => {
    faultState.set("cold-start-delay", { enabled: true, params: { ms: 200 } });
    faultState.set("concurrency-limit", { enabled: true, params: { limit: 1 } });
    const t0 = performance.now();
    const first = runPipelineFunction("pipeline:metadata", async () => "ok");
    await sleep(20);
    await expect(runPipelineFunction("pipeline:metadata", async () => "second")).rejects.toBeInstanceOf(FunctionThrottledError);
    expect(await first).toBe("ok");
    expect(performance.now() - t0).toBeGreaterThanOrEqual(195);
    expect(listInvocations("pipeline:metadata").map((i) => i.status)).toEqual([429, 200]);
  });

  it("stops an invocation at its timeout (504) and throws the instance away", async () => {
    const outcome = await invokeFunction(
      { name: "pipeline:index", init: async () => null, traceId: "t", statusOf: () => 200, timeoutMs: 50 },
      async () => {
        await sleep(300);
        return "late";
      },
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && (outcome.error as { status: number }).status).toBe(504);
    expect(listInstances().filter((i) => i.functionName === "pipeline:index")).toEqual([]);
    expect(listInvocations("pipeline:index").at(-1)!.status).toBe(504);
  });
});
