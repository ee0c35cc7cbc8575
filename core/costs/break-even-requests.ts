// The monthly request count at which the serverless bill reaches the always-on monolith's. The serverless
// cost is piecewise linear in requests (flat while inside the free tier, then steeper as each allowance runs
// out), so the crossing is solved exactly segment by segment rather than searched for.
import type { CostPrices } from "./cost-prices";
import { serverlessMonthlyCost } from "./serverless-monthly-cost";

/** null when serverless never costs as much (no per-request cost at all); 0 when the monolith is free. */
export function breakEvenRequests(gbSecondsPerRequest: number, prices: CostPrices, freeTier: boolean, monolithCost: number): number | null {
  if (monolithCost <= 0) return 0;
  const gbs = Math.max(0, gbSecondsPerRequest);
  const cost = (r: number) => serverlessMonthlyCost({ requests: r, gbSecondsPerRequest: gbs }, prices, freeTier).total;
  // Where each free allowance runs out: the slope changes only there.
  const kinks = freeTier ? [prices.freeRequests, gbs > 0 ? prices.freeGbSeconds / gbs : Infinity] : [];
  const points = [0, ...kinks.filter((k) => k > 0 && Number.isFinite(k)).sort((a, b) => a - b)];
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1] ?? Infinity;
    const atStart = cost(start);
    if (atStart >= monolithCost) return start;
    // Slope inside this segment, from a point just past its start (exact: the cost is linear there).
    const probe = Number.isFinite(end) ? (start + end) / 2 : start + 1_000_000;
    const slope = (cost(probe) - atStart) / (probe - start);
    if (slope <= 0) continue;
    const crossing = start + (monolithCost - atStart) / slope;
    if (crossing <= end) return crossing;
  }
  return null;
}
