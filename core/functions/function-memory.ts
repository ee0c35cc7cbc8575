// The memory each function is configured with. On Lambda or Vercel this is a deployment setting that also
// buys CPU; here it only drives billing (GB-seconds = billed seconds × GB), so the cost meter reflects what
// the same handlers would be charged. Search holds the whole index in memory, thumbnails run sharp.

export const DEFAULT_FUNCTION_MEMORY_MB = 512;

export const FUNCTION_MEMORY_MB: Record<string, number> = {
  search: 1024,
  purchase: 512,
  "pipeline:thumbnail": 1024,
};

export function functionMemoryMb(functionName: string): number {
  return FUNCTION_MEMORY_MB[functionName] ?? DEFAULT_FUNCTION_MEMORY_MB;
}
