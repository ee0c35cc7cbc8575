import "server-only";
// Every function invocation of this process, newest last, in a bounded ring buffer: what the architecture
// views draw (cold vs warm, which instance, how long, what it would be billed).
import { createRingBuffer, pushRing, ringToArray, type RingBuffer } from "../../core/functions/ring-buffer";

export type InvocationRecord = {
  functionName: string;
  instanceId: string | null; // null when throttled before any instance ran
  cold: boolean;
  startedAt: number; // epoch ms
  durationMs: number;
  billedMs: number;
  status: number;
  traceId: string;
};

export const INVOCATION_LOG_CAPACITY = 500;

const holder = globalThis as unknown as { __functionInvocations?: RingBuffer<InvocationRecord> };

function ring(): RingBuffer<InvocationRecord> {
  holder.__functionInvocations ??= createRingBuffer<InvocationRecord>(INVOCATION_LOG_CAPACITY);
  return holder.__functionInvocations;
}

export function recordInvocation(record: InvocationRecord): void {
  pushRing(ring(), record);
}

/** Oldest first; optionally only one function's invocations. */
export function listInvocations(functionName?: string): InvocationRecord[] {
  const all = ringToArray(ring());
  return functionName ? all.filter((r) => r.functionName === functionName) : all;
}
