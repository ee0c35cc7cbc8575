// What the monolith costs in a month: always-on instances pay for every hour whether or not a request comes.
// The per-span ledger charges one action its share of the same hours (charges.ts).
import { serverHoursCharge } from "./charges";
import { HOURS_PER_MONTH, type CostPrices } from "./cost-prices";

export function monolithMonthlyCost(prices: Pick<CostPrices, "instanceHourlyPrice" | "instances">, hours = HOURS_PER_MONTH): number {
  return serverHoursCharge(hours, prices.instanceHourlyPrice, prices.instances);
}
