// Nearest-rank percentile (the smallest value with at least p% of the values at or below it): always one
// of the measured durations, never an interpolated one, so "p95 = 212 ms" is a call that happened.

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p > 0 && p <= 100)) throw new RangeError("p must be in (0, 100].");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}
