// Per-function figures for the runtime view, from the invocation log and the live instances: how often it
// ran, how many of those were cold starts or throttled (429 before any instance ran), p50/p95 duration,
// billed time and GB-seconds. Pure: the clock and the memory table are passed in.
import { gbSeconds } from "./billed-duration";
import { isExpired } from "./instance-pool";
import { percentile } from "../util/percentile";

export type InvocationFacts = {
  functionName: string;
  instanceId: string | null;
  cold: boolean;
  durationMs: number;
  billedMs: number;
  status: number;
};
export type InstanceFacts = { functionName: string; id: string; busy: boolean; createdAt: number; lastUsedAt: number; invocations: number };
export type ColdStartFacts = { instanceId: string | null; cold: boolean; durationMs: number };

export type InstanceView = {
  id: string;
  state: "busy" | "warm";
  createdAt: number;
  idleSince: number | null;
  /** When the idle timeout reclaims it (null while busy). */
  expiresAt: number | null;
  invocations: number;
  /** Duration of the invocation that created it (the cold start), when still in the log. */
  coldStartMs: number | null;
};

export type FunctionSummary = {
  functionName: string;
  memoryMb: number;
  invocations: number;
  cold: number;
  warm: number;
  throttled: number;
  errors: number;
  p50Ms: number | null;
  p95Ms: number | null;
  billedMs: number;
  gbSeconds: number;
  instances: InstanceView[];
};

export function summarizeInvocations(
  invocations: InvocationFacts[],
  instances: InstanceFacts[],
  opts: { now: number; idleTimeoutMs: number; memoryMb: (functionName: string) => number; functionNames?: string[] },
): FunctionSummary[] {
  const names = new Set<string>(opts.functionNames ?? []);
  for (const i of invocations) names.add(i.functionName);
  for (const i of instances) names.add(i.functionName);
  return [...names].sort().map((name) => {
    const mine = invocations.filter((i) => i.functionName === name);
    const ran = mine.filter((i) => i.instanceId !== null);
    const memoryMb = opts.memoryMb(name);
    const billedMs = ran.reduce((sum, i) => sum + i.billedMs, 0);
    const durations = ran.map((i) => i.durationMs);
    const coldStarts = new Map(ran.filter((i) => i.cold).map((i) => [i.instanceId, i.durationMs]));
    return {
      functionName: name,
      memoryMb,
      invocations: mine.length,
      cold: ran.filter((i) => i.cold).length,
      warm: ran.filter((i) => !i.cold).length,
      throttled: mine.filter((i) => i.instanceId === null && i.status === 429).length,
      errors: ran.filter((i) => i.status >= 500).length,
      p50Ms: percentile(durations, 50),
      p95Ms: percentile(durations, 95),
      billedMs,
      gbSeconds: gbSeconds(billedMs, memoryMb),
      instances: instances
        // An instance past its idle timeout is gone on a real platform; the pool only drops it lazily.
        .filter((i) => i.functionName === name && !isExpired(i, opts.now, opts.idleTimeoutMs))
        .map((i) => ({
          id: i.id,
          state: i.busy ? ("busy" as const) : ("warm" as const),
          createdAt: i.createdAt,
          idleSince: i.busy ? null : i.lastUsedAt,
          expiresAt: i.busy ? null : i.lastUsedAt + opts.idleTimeoutMs,
          invocations: i.invocations,
          coldStartMs: coldStarts.get(i.id) ?? null,
        })),
    };
  });
}
