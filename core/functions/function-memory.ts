// The memory each function is configured with. On Lambda or Vercel this is a deployment setting that also
// buys CPU; here it only drives billing (GB-seconds = billed seconds × GB), so the cost meter reflects what
// the same handlers would be charged. The sizes live in one table, core/functions/function-specs.ts, which
// vercel.json is checked against.
export { DEFAULT_FUNCTION_MEMORY_MB, functionMemoryMb } from "./function-specs";
