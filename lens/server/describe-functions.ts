import "server-only";
// The runtime view's data: per function (search, purchase and every pipeline step that has run) its live
// instances, cold/warm/throttled counts, p50/p95, billed time and GB-seconds, plus the limits in force.
import { functionMemoryMb } from "../../core/functions/function-memory";
import { platformEnv } from "../../core/config/env";
import { runtimeMode, type RuntimeMode } from "../../core/functions/runtime-mode";
import { summarizeInvocations, type FunctionSummary } from "../../core/functions/summarize-invocations";
import { listInstances, runtimeLimits, type RuntimeLimits } from "../../serverless/runtime/function-runtime";
import { listInvocations } from "../../serverless/runtime/invocation-log";

/** Drawn even before their first call, so the page shows them from the start. */
const KNOWN_FUNCTIONS = ["search", "purchase"];

export type FunctionsReport = { now: number; runtime: RuntimeMode; limits: RuntimeLimits; functions: FunctionSummary[] };

export function describeFunctions(now = Date.now()): FunctionsReport {
  const limits = runtimeLimits();
  const runtime = runtimeMode(platformEnv());
  // Observed on Vercel: the platform reclaims idle instances when it likes, so no idle clock is shown.
  const observed = runtime.kind === "observed";
  const functions = summarizeInvocations(listInvocations(), listInstances(), {
    now,
    idleTimeoutMs: observed ? Number.MAX_SAFE_INTEGER : limits.idleTimeoutMs,
    memoryMb: functionMemoryMb,
    functionNames: KNOWN_FUNCTIONS,
  });
  return {
    now,
    runtime,
    limits,
    functions: observed ? functions.map((f) => ({ ...f, instances: f.instances.map((i) => ({ ...i, expiresAt: null })) })) : functions,
  };
}
