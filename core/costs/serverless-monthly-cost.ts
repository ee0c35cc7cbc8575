// What the serverless side costs in a month: a price per request plus a price per GB-second (billed duration
// × configured memory), less the monthly free allowance when it applies. Pure, so the meter is testable.
import { faasCharge } from "./charges";
import type { CostPrices } from "./cost-prices";

export type ServerlessTraffic = {
  /** Function requests in the month. */
  requests: number;
  /** Average GB-seconds one request is billed for (billed ms / 1000 × memory GB), measured. */
  gbSecondsPerRequest: number;
};

export type ServerlessCost = {
  requestCost: number;
  computeCost: number;
  total: number;
  billableRequests: number;
  billableGbSeconds: number;
};

export function serverlessMonthlyCost(traffic: ServerlessTraffic, prices: CostPrices, freeTier: boolean): ServerlessCost {
  const requests = Math.max(0, traffic.requests);
  const gbSeconds = requests * Math.max(0, traffic.gbSecondsPerRequest);
  const billableRequests = Math.max(0, requests - (freeTier ? prices.freeRequests : 0));
  const billableGbSeconds = Math.max(0, gbSeconds - (freeTier ? prices.freeGbSeconds : 0));
  // The same charge the per-span ledger prices each function run with (charges.ts).
  const { requestCost, computeCost } = faasCharge(billableRequests, billableGbSeconds, prices);
  return { requestCost, computeCost, total: requestCost + computeCost, billableRequests, billableGbSeconds };
}
