// What the monolith costs in a month: always-on instances pay for every hour whether or not a request comes.
import { HOURS_PER_MONTH, type CostPrices } from "./cost-prices";

export function monolithMonthlyCost(prices: Pick<CostPrices, "instanceHourlyPrice" | "instances">, hours = HOURS_PER_MONTH): number {
  return Math.max(0, prices.instanceHourlyPrice) * Math.max(0, prices.instances) * Math.max(0, hours);
}
