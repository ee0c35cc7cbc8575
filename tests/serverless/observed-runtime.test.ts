// Deployed on Vercel (VERCEL set), the function runtime observes the real instance it runs in instead of
// simulating a pool: the first call in the process is cold, later ones warm on the same instance, and the
// simulated idle reclaim and concurrency cap no longer apply (the platform has its own).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as search } from "@/app/api/functions/search/route";
import { describeFunctions } from "@/lens/server/describe-functions";
import { resetThrottles } from "@/infra/throttle/throttle";
import { resetFunctionInstances, setRuntimeLimits } from "@/serverless/runtime/function-runtime";
import { listInvocations } from "@/serverless/runtime/invocation-log";
import { resetObservedInstances } from "@/serverless/runtime/observed-instance";
import { call } from "./serverless-test-helpers";

const VARS = { VERCEL: "1", VERCEL_REGION: "fra1", AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "2048" };
const saved: Record<string, string | undefined> = {};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(async () => {
  for (const [k, v] of Object.entries(VARS)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  await resetThrottles();
  resetFunctionInstances();
  resetObservedInstances();
});
afterEach(() => {
  for (const k of Object.keys(VARS)) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  setRuntimeLimits({});
  resetObservedInstances();
});

describe("function runtime on Vercel (observed)", () => {
  it("is cold once per real instance, then warm on the same instance, whatever the simulated limits say", async () => {
    setRuntimeLimits({ idleTimeoutMs: 100, maxConcurrency: 1 });
    const first = await call(search, "/api/functions/search?q=dog");
    expect(first.status).toBe(200);
    expect(first.headers.get("x-cold-start")).toBe("true");
    const id = first.headers.get("x-instance-id");
    expect(id).toMatch(/^fra1-[0-9a-f]{8}$/);

    await sleep(150); // past the simulated idle timeout: a simulated instance would be gone
    const later = await Promise.all([1, 2, 3].map(() => call(search, "/api/functions/search?q=cat")));
    // Past the simulated concurrency cap of 1, yet nothing throttled: on Vercel the platform decides that.
    expect(later.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(later.map((r) => r.headers.get("x-cold-start"))).toEqual(["false", "false", "false"]);
    expect(new Set(later.map((r) => r.headers.get("x-instance-id")))).toEqual(new Set([id]));

    const mine = listInvocations("search").filter((i) => i.instanceId === id);
    expect(mine).toHaveLength(4);
    expect(mine.every((i) => i.memoryMb === 2048)).toBe(true); // the memory the platform gave the instance
  });

  it("tells the architecture views it is observing, with no simulated idle clock", async () => {
    await call(search, "/api/functions/search?q=dog");
    const report = describeFunctions();
    expect(report.runtime).toMatchObject({ kind: "observed", label: "observed on Vercel", region: "fra1", memoryMb: 2048 });
    const instances = report.functions.find((f) => f.functionName === "search")!.instances;
    expect(instances).toHaveLength(1);
    expect(instances[0]?.expiresAt).toBeNull();
  });

  it("simulates again without VERCEL", async () => {
    delete process.env.VERCEL;
    const first = await call(search, "/api/functions/search?q=dog");
    expect(first.headers.get("x-instance-id")).not.toMatch(/^fra1-/);
    expect(describeFunctions().runtime.kind).toBe("simulated");
  });
});
