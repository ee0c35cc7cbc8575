// Every price this app charges an action or a month with, in one place: US dollars, each with the public page it
// comes from and the day it was read here. The cost meter's editable defaults (cost-prices.ts) and the per-span
// ledger (span-ledger.ts) both read this file; nothing else holds a price.
//
// How these were read (2026-12-07): this project's machine has no web browser, so each figure was taken from a
// stored copy of the cited page (or, where marked, a copy quoting it). `asOf` is the date the page itself shows
// where it shows one; `read` is when the figure was copied into this file. Check them before you teach with them:
// prices change and differ by region and plan (the figures below are the US-East / iad1 ones).

export type Price = {
  usd: number;
  /** What one `usd` buys, in words: "per 1M invocations", "per GB-second". */
  per: string;
  source: string;
  read: string;
  asOf?: string;
  note?: string;
};

const READ = "2026-12-07";

const VERCEL_FLUID = "https://vercel.com/docs/functions/usage-and-pricing";
const VERCEL_BLOB = "https://vercel.com/docs/vercel-blob/usage-and-pricing";
const VERCEL_WORKFLOW = "https://vercel.com/docs/workflows/pricing";
const AWS_LAMBDA = "https://aws.amazon.com/lambda/pricing/";
const AWS_API_GATEWAY = "https://aws.amazon.com/api-gateway/pricing/";
const AWS_S3 = "https://aws.amazon.com/s3/pricing/";
const AWS_STEP_FUNCTIONS = "https://aws.amazon.com/step-functions/pricing/";
const AWS_EC2 = "https://aws.amazon.com/ec2/pricing/on-demand/";
const ALIBABA_FC = "https://www.alibabacloud.com/help/en/functioncompute/fc-3-0/product-overview/pay-as-you-go-billing-method-1";

export const PRICE_BOOK = {
  vercel: {
    activeCpuHour: {
      usd: 0.128,
      per: "per active CPU-hour (iad1)",
      source: VERCEL_FLUID,
      read: READ,
      note: "Fluid compute, Pro on-demand.",
    },
    provisionedMemoryGbHour: { usd: 0.0106, per: "per provisioned-memory GB-hour (iad1)", source: VERCEL_FLUID, read: READ },
    invocationsPerMillion: { usd: 0.6, per: "per 1M invocations", source: VERCEL_FLUID, read: READ },
    blobSimpleOpsPerMillion: {
      usd: 0.4,
      per: "per 1M simple operations (a blob read that misses the cache, head())",
      source: VERCEL_BLOB,
      read: READ,
      asOf: "2025-05-21 (Blob generally available)",
    },
    blobAdvancedOpsPerMillion: { usd: 5, per: "per 1M advanced operations (put, copy, list)", source: VERCEL_BLOB, read: READ },
    workflowStepsPer100k: { usd: 2.5, per: "per 100,000 Workflow steps", source: VERCEL_WORKFLOW, read: READ, asOf: "2026-06-16" },
  },
  aws: {
    lambdaRequestsPerMillion: { usd: 0.2, per: "per 1M Lambda requests", source: AWS_LAMBDA, read: READ, note: "us-east-1." },
    lambdaGbSecondX86: { usd: 0.0000166667, per: "per GB-second (x86, first 6 billion GB-s a month)", source: AWS_LAMBDA, read: READ },
    lambdaGbSecondArm: {
      usd: 0.0000133334,
      per: "per GB-second (Arm/Graviton, first 7.5 billion GB-s a month)",
      source: AWS_LAMBDA,
      read: READ,
      note: "Read from a stored copy quoting the AWS page.",
    },
    lambdaFreeRequests: { usd: 1_000_000, per: "free requests a month (a count, not dollars)", source: AWS_LAMBDA, read: READ },
    lambdaFreeGbSeconds: { usd: 400_000, per: "free GB-seconds a month (a count, not dollars)", source: AWS_LAMBDA, read: READ },
    apiGatewayHttpPerMillion: {
      usd: 1,
      per: "per 1M HTTP API requests (first 300M a month)",
      source: AWS_API_GATEWAY,
      read: READ,
      note: "No stored copy of this page was found: the published us-east-1 figure, to be checked.",
    },
    s3GetPerThousand: {
      usd: 0.0004,
      per: "per 1,000 GET requests (S3 Standard)",
      source: AWS_S3,
      read: READ,
      note: "No stored copy of this page was found: the published us-east-1 figure, to be checked.",
    },
    s3PutPerThousand: {
      usd: 0.005,
      per: "per 1,000 PUT/COPY/POST/LIST requests (S3 Standard)",
      source: AWS_S3,
      read: READ,
      note: "No stored copy of this page was found: the published us-east-1 figure, to be checked.",
    },
    stepFunctionsPerThousandTransitions: {
      usd: 0.025,
      per: "per 1,000 state transitions (Standard workflows)",
      source: AWS_STEP_FUNCTIONS,
      read: READ,
    },
    ec2T4gSmallHour: {
      usd: 0.0168,
      per: "per hour, one always-on t4g.small (2 vCPU, 2 GiB)",
      source: AWS_EC2,
      read: "2026-11",
      note: "The monolith's server, on every provider: the store runs there whichever cloud prices the serverless twin.",
    },
  },
  alibaba: {
    cuPrice: { usd: 0.00002, per: "per CU (tier 1: up to 100 million CU a month)", source: ALIBABA_FC, read: READ, asOf: "2024-08-27" },
    cuPer10kInvocations: { usd: 75, per: "CU per 10,000 invocations (a conversion factor)", source: ALIBABA_FC, read: READ },
    cuPerVcpuSecond: { usd: 1, per: "CU per active vCPU-second (a conversion factor)", source: ALIBABA_FC, read: READ },
    cuPerGbSecond: { usd: 0.15, per: "CU per memory GB-second (a conversion factor)", source: ALIBABA_FC, read: READ },
  },
} as const satisfies Record<string, Record<string, Price>>;

/** The providers an action can be priced on. */
export const BILLING_PROVIDERS = ["vercel", "aws-x86", "aws-arm", "alibaba"] as const;
export type BillingProvider = (typeof BILLING_PROVIDERS)[number];

/** Every cited page once, for the "sources" lists. */
export function priceSources(): { url: string; read: string; asOf?: string }[] {
  const seen = new Map<string, { url: string; read: string; asOf?: string }>();
  for (const group of Object.values(PRICE_BOOK))
    for (const p of Object.values(group) as Price[])
      if (!seen.has(p.source)) seen.set(p.source, { url: p.source, read: p.read, asOf: p.asOf });
  return [...seen.values()];
}
