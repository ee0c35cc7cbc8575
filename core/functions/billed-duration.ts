// How a FaaS platform bills an invocation: its duration rounded UP to the billing granularity (1 ms on
// today's AWS Lambda, 100 ms before Dec 2020), at least one unit; cost scales with memory (GB-seconds).

export function billedDurationMs(durationMs: number, granularityMs = 1): number {
  if (!(granularityMs > 0)) throw new RangeError("granularityMs must be positive.");
  const units = Math.max(1, Math.ceil(Math.max(0, durationMs) / granularityMs));
  return units * granularityMs;
}

/** GB-seconds of one invocation: billed seconds × memory in GB (MB / 1024). */
export function gbSeconds(billedMs: number, memoryMb: number): number {
  return (billedMs / 1000) * (memoryMb / 1024);
}
