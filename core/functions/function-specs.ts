// Every function's configuration in one place: the memory it is given (on Lambda or Vercel a deployment setting
// that also buys CPU; here it drives billing, GB-seconds = billed seconds × GB) and its timeout (an invocation
// still running then is stopped: 504 for an HTTP function, a failed attempt the workflow retries for a step).
// Search holds the whole index in memory; the thumbnail step runs sharp.

export type FunctionSpec = { memoryMb: number; timeoutMs: number };

export const DEFAULT_FUNCTION_SPEC: FunctionSpec = { memoryMb: 512, timeoutMs: 10_000 };

export const FUNCTION_SPECS: Record<string, FunctionSpec> = {
  search: { memoryMb: 1024, timeoutMs: 10_000 },
  purchase: { memoryMb: 512, timeoutMs: 10_000 },
  "pipeline:thumbnail": { memoryMb: 1024, timeoutMs: 30_000 },
  "pipeline:store": { memoryMb: 512, timeoutMs: 15_000 },
  "pipeline:metadata": { memoryMb: 512, timeoutMs: 15_000 },
  "pipeline:index": { memoryMb: 512, timeoutMs: 30_000 },
};

export function functionSpec(functionName: string): FunctionSpec {
  return FUNCTION_SPECS[functionName] ?? DEFAULT_FUNCTION_SPEC;
}
