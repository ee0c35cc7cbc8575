// The prices the cost meter starts from, each with the public page it was read from (read 2026-11).
// They are defaults only: every one is editable in the /architecture cost section, because prices change
// and differ by region and plan.
//   AWS Lambda pricing (x86, us-east-1): https://aws.amazon.com/lambda/pricing/
//     $0.20 per 1M requests, $0.0000166667 per GB-second; free tier 1M requests + 400,000 GB-s per month.
//   AWS EC2 on-demand (t4g.small, 2 vCPU / 2 GiB, us-east-1): https://aws.amazon.com/ec2/pricing/on-demand/
//     $0.0168 per hour.

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

export const DEFAULT_PRICES: CostPrices = {
  requestPricePerMillion: 0.2,
  gbSecondPrice: 0.0000166667,
  freeRequests: 1_000_000,
  freeGbSeconds: 400_000,
  instanceHourlyPrice: 0.0168,
  instances: 1,
};

export const PRICE_SOURCES: PriceSource[] = [
  {
    label: "AWS Lambda pricing (requests, GB-seconds, free tier; x86, us-east-1)",
    url: "https://aws.amazon.com/lambda/pricing/",
    read: "2026-11",
  },
  { label: "Amazon EC2 on-demand pricing (t4g.small, us-east-1)", url: "https://aws.amazon.com/ec2/pricing/on-demand/", read: "2026-11" },
];
