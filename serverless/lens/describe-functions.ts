import "server-only";
// The runtime view's data: per function (search, purchase and every pipeline step that has run) its live
// instances, cold/warm/throttled counts, p50/p95, billed time and GB-seconds, plus the limits in force.
import { functionMemoryMb } from "../../core/functions/function-memory";
import { summarizeInvocations, type FunctionSummary } from "../../core/functions/summarize-invocations";
import { listInstances, runtimeLimits, type RuntimeLimits } from "../runtime/function-runtime";
import { listInvocations } from "../runtime/invocation-log";

/** Drawn even before their first call, so the page shows them from the start. */
const KNOWN_FUNCTIONS = ["search", "purchase"];

export type FunctionsReport = { now: number; limits: RuntimeLimits; functions: FunctionSummary[] };

export function describeFunctions(now = Date.now()): FunctionsReport {
  const limits = runtimeLimits();
  return {
    now,
    limits,
    functions: summarizeInvocations(listInvocations(), listInstances(), {
      now,
      idleTimeoutMs: limits.idleTimeoutMs,
      memoryMb: functionMemoryMb,
      functionNames: KNOWN_FUNCTIONS,
    }),
  };
}
