// What a recursive trigger costs: the runs the loop made so far (each run is several function invocations,
// each billed per request and per GB-second) and what it would bill per hour if nothing stopped it at the
// rate it ran. Pure, so the lab bench's breaker and its test share one formula.
import type { CostPrices } from "./cost-prices";
import { DEFAULT_PRICES } from "./default-prices";

export type LoopUsage = { runs: number; invocations: number; gbSeconds: number; elapsedMs: number };
export type LoopBill = { dollars: number; dollarsPerHour: number };

export function recursiveLoopBill(
  usage: LoopUsage,
  prices: Pick<CostPrices, "requestPricePerMillion" | "gbSecondPrice"> = DEFAULT_PRICES,
): LoopBill {
  const dollars = (usage.invocations / 1_000_000) * prices.requestPricePerMillion + usage.gbSeconds * prices.gbSecondPrice;
  // At least one second of history, or one fast run would extrapolate to an absurd rate.
  const seconds = Math.max(1, usage.elapsedMs / 1000);
  return { dollars, dollarsPerHour: (dollars / seconds) * 3600 };
}

const money = (d: number) => (d >= 0.01 ? `$${d.toFixed(2)}` : `$${d.toPrecision(2)}`);

/** "breaker tripped after 10 runs · 10 runs so far ≈ $0.000012; without the breaker at this rate ≈ $0.43 per hour" */
export function describeLoop(
  usage: LoopUsage,
  tripped: boolean,
  maxRuns: number,
  prices?: Parameters<typeof recursiveLoopBill>[1],
): string {
  const bill = recursiveLoopBill(usage, prices);
  const head = tripped ? `breaker tripped after ${maxRuns} runs` : `loop running (breaker at ${maxRuns} runs)`;
  return `${head} · ${usage.runs} runs so far (${usage.invocations} invocations, ${usage.gbSeconds.toFixed(3)} GB-s) ≈ ${money(bill.dollars)}; without the breaker at this rate ≈ ${money(bill.dollarsPerHour)} per hour`;
}
