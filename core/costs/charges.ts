// The two charges the cost meter and the per-span ledger share, so a month on the meter and one action in the ledger
// are priced by the same arithmetic: a FaaS bill (per request + per GB-second) and an always-on server's hours.

/** Dollars for `requests` function requests and `gbSeconds` of billed compute at the given rates. */
export function faasCharge(
  requests: number,
  gbSeconds: number,
  rates: { requestPricePerMillion: number; gbSecondPrice: number },
): { requestCost: number; computeCost: number } {
  return {
    requestCost: (Math.max(0, requests) / 1_000_000) * rates.requestPricePerMillion,
    computeCost: Math.max(0, gbSeconds) * rates.gbSecondPrice,
  };
}

/** Dollars for holding `instances` always-on servers for `hours`. */
export function serverHoursCharge(hours: number, hourlyPrice: number, instances = 1): number {
  return Math.max(0, hourlyPrice) * Math.max(0, instances) * Math.max(0, hours);
}
