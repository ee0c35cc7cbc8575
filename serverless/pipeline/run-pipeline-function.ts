import "server-only";
// Runs one pipeline step as a *function invocation*: the same instance bookkeeping (cold/warm, idle
// reclaim, concurrency cap) and the same invocation log as the search and purchase functions, so the
// architecture views show `pipeline:thumbnail`, `pipeline:store`, ... next to them. ARCH: in the monolith the
// four steps are one loop in one long-lived process; here each step is its own short invocation that the
// Workflow SDK queues, retries and resumes.
import { billedDurationMs } from "../../core/functions/billed-duration";
import { acquireInstance, createInstancePool, releaseInstance, type InstancePool } from "../../core/functions/instance-pool";
import { newTraceId } from "../../core/functions/trace-context";
import { recordInvocation } from "../runtime/invocation-log";
import { runtimeLimits } from "../runtime/function-runtime";

/** Thrown when the step's function is at its concurrency limit; the workflow retries the step later. */
export class FunctionThrottledError extends Error {
  constructor(functionName: string) {
    super(`The ${functionName} function is at its concurrency limit.`);
    this.name = "FunctionThrottledError";
  }
}

const holder = globalThis as unknown as { __pipelinePools?: Map<string, InstancePool> };

function pool(name: string): InstancePool {
  holder.__pipelinePools ??= new Map();
  let p = holder.__pipelinePools.get(name);
  if (!p) {
    p = createInstancePool(name);
    holder.__pipelinePools.set(name, p);
  }
  return p;
}

export async function runPipelineFunction<T>(functionName: string, work: () => Promise<T>): Promise<T> {
  const limits = runtimeLimits();
  const p = pool(functionName);
  const startedAt = Date.now();
  const t0 = performance.now();
  const acquired = acquireInstance(p, startedAt, limits);
  const traceId = newTraceId();
  const record = (instanceId: string | null, cold: boolean, status: number) => {
    const durationMs = Math.round((performance.now() - t0) * 100) / 100;
    recordInvocation({ functionName, instanceId, cold, startedAt, durationMs, billedMs: billedDurationMs(durationMs), status, traceId });
  };
  if (acquired.kind === "throttled") {
    record(null, false, 429);
    throw new FunctionThrottledError(functionName);
  }
  try {
    const result = await work();
    record(acquired.instance.id, acquired.kind === "cold", 200);
    return result;
  } catch (e) {
    record(acquired.instance.id, acquired.kind === "cold", 500);
    throw e;
  } finally {
    releaseInstance(p, acquired.instance.id, Date.now());
  }
}
