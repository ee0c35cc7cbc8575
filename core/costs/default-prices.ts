// The prices the cost meter starts from: AWS Lambda (x86) for the functions and one always-on EC2 instance for the
// monolith, taken from the price book (price-book.ts: every figure with its page and the day it was read). They are
// defaults only: every one is editable in the /architecture cost section, because prices change and differ by
// region and plan.
import type { CostPrices, PriceSource } from "./cost-prices";
import { PRICE_BOOK } from "./price-book";

const aws = PRICE_BOOK.aws;

export const DEFAULT_PRICES: CostPrices = {
  requestPricePerMillion: aws.lambdaRequestsPerMillion.usd,
  gbSecondPrice: aws.lambdaGbSecondX86.usd,
  freeRequests: aws.lambdaFreeRequests.usd,
  freeGbSeconds: aws.lambdaFreeGbSeconds.usd,
  instanceHourlyPrice: aws.ec2T4gSmallHour.usd,
  instances: 1,
};

export const PRICE_SOURCES: PriceSource[] = [
  {
    label: "AWS Lambda pricing (requests, GB-seconds, free tier; x86, us-east-1)",
    url: aws.lambdaRequestsPerMillion.source,
    read: aws.lambdaRequestsPerMillion.read,
  },
  { label: "Amazon EC2 on-demand pricing (t4g.small, us-east-1)", url: aws.ec2T4gSmallHour.source, read: aws.ec2T4gSmallHour.read },
];
