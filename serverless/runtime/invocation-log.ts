import "server-only";
// Every function invocation of this process, newest last, in a bounded ring buffer: what the architecture
// views draw (cold vs warm, which instance, how long, what it would be billed).
import { gbSeconds } from "../../core/functions/billed-duration";
import { platformEnv } from "../../core/config/env";
import { runtimeMode } from "../../core/functions/runtime-mode";
import { functionMemoryMb } from "../../core/functions/function-memory";
import { createRingBuffer, pushRing, ringToArray, type RingBuffer } from "../../core/util/ring-buffer";

export type InvocationRecord = {
  functionName: string;
  instanceId: string | null; // null when throttled before any instance ran
  cold: boolean;
  startedAt: number; // epoch ms
  durationMs: number;
  billedMs: number;
  /** Active CPU the process spent on it (process.cpuUsage around init + handler); null where not measured. */
  cpuMs: number | null;
  status: number;
  traceId: string;
  memoryMb: number; // the function's configured memory (core/functions/function-memory)
  gbSeconds: number; // billed seconds × memory GB: what the platform would charge compute for
};

export const INVOCATION_LOG_CAPACITY = 500;

const holder = globalThis as unknown as { __functionInvocations?: RingBuffer<InvocationRecord> };

function ring(): RingBuffer<InvocationRecord> {
  holder.__functionInvocations ??= createRingBuffer<InvocationRecord>(INVOCATION_LOG_CAPACITY);
  return holder.__functionInvocations;
}

/** Callers report what ran; memory and GB-seconds are filled in here, from one table, for every function. */
export function recordInvocation(record: Omit<InvocationRecord, "memoryMb" | "gbSeconds">): InvocationRecord {
  // On Vercel the platform says what memory this instance has; here it is the declared size.
  const observed = runtimeMode(platformEnv());
  const memoryMb = (observed.kind === "observed" ? observed.memoryMb : null) ?? functionMemoryMb(record.functionName);
  const stored = { ...record, memoryMb, gbSeconds: record.instanceId ? gbSeconds(record.billedMs, memoryMb) : 0 };
  pushRing(ring(), stored);
  return stored;
}

/** Oldest first; optionally only one function's invocations. */
export function listInvocations(functionName?: string): InvocationRecord[] {
  const all = ringToArray(ring());
  return functionName ? all.filter((r) => r.functionName === functionName) : all;
}
