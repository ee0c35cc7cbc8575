// The prices the cost meter works with (the shape; its defaults come from the price book, default-prices.ts). Kept
// apart from the price book so that the meter's browser code carries no price data: the page hands it the defaults.

export type CostPrices = {
  /** Serverless: dollars per one million function requests. */
  requestPricePerMillion: number;
  /** Serverless: dollars per GB-second of billed duration × memory. */
  gbSecondPrice: number;
  /** Monthly free allowance: requests and GB-seconds (applied only when the free tier is switched on). */
  freeRequests: number;
  freeGbSeconds: number;
  /** Monolith: dollars per hour for one always-on instance, and how many run. */
  instanceHourlyPrice: number;
  instances: number;
};

export type PriceSource = { label: string; url: string; read: string };

/** Hours in the average month (365 × 24 / 12), the figure cloud price pages use for "per month". */
export const HOURS_PER_MONTH = 730;
