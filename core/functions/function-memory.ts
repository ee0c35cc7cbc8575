// The memory each function is configured with, read from the one table of function specs (function-specs.ts).
import { DEFAULT_FUNCTION_SPEC, FUNCTION_SPECS } from "./function-specs";

export const DEFAULT_FUNCTION_MEMORY_MB = DEFAULT_FUNCTION_SPEC.memoryMb;

export const FUNCTION_MEMORY_MB: Record<string, number> = Object.fromEntries(
  Object.entries(FUNCTION_SPECS).map(([name, spec]) => [name, spec.memoryMb]),
);

export function functionMemoryMb(functionName: string): number {
  return FUNCTION_MEMORY_MB[functionName] ?? DEFAULT_FUNCTION_MEMORY_MB;
}
