// Every component of the serverless store next to what plays its part on three clouds, so a class that runs on
// one provider can read the lessons in its own vocabulary. "This app" names the stand-in that runs here.
// Names are the providers' product names; the mapping is by role, not a claim that the products are identical.

export const PROVIDERS = ["app", "alibaba", "aws", "vercel"] as const;
export type Provider = (typeof PROVIDERS)[number];

export const PROVIDER_LABELS: Record<Provider, string> = {
  app: "This app",
  alibaba: "Alibaba Cloud",
  aws: "AWS",
  vercel: "Vercel + Turso",
};

export const PROVIDER_COMPONENT_IDS = ["functions", "gateway", "auth", "blob", "database", "queue", "workflow"] as const;
export type ProviderComponentId = (typeof PROVIDER_COMPONENT_IDS)[number];

export type ProviderComponent = { id: ProviderComponentId; role: string } & Record<Provider, string>;

export const PROVIDER_MAP: readonly ProviderComponent[] = [
  {
    id: "functions",
    role: "Runs search, purchase and each image step on demand; cold starts, idle timeout, concurrency limit",
    app: "Function runtime (serverless/runtime)",
    alibaba: "Function Compute",
    aws: "Lambda",
    vercel: "Vercel Functions",
  },
  {
    id: "gateway",
    role: "One front door for the functions: routing, token check, rate limits",
    app: "Gateway (serverless/gateway)",
    alibaba: "API Gateway",
    aws: "API Gateway",
    vercel: "Vercel routing + Firewall rate limits",
  },
  {
    id: "auth",
    role: "Signs users in and hands the browser a short-lived, scoped token",
    app: "next-auth + token service",
    alibaba: "RAM / STS temporary credentials",
    aws: "Cognito",
    vercel: "Auth.js on Vercel Functions",
  },
  {
    id: "blob",
    role: "Pictures, thumbnails and the search index file",
    app: "Blob store (local files or Vercel Blob)",
    alibaba: "OSS",
    aws: "S3",
    vercel: "Vercel Blob",
  },
  {
    id: "database",
    role: "Pets, orders, image metadata behind the data API",
    app: "SQLite / libSQL through Prisma",
    alibaba: "Tablestore",
    aws: "DynamoDB",
    vercel: "Turso (libSQL)",
  },
  {
    id: "queue",
    role: "Carries the upload-completed event to the pipeline; keeps what failed",
    app: "Workflow SDK local queue",
    alibaba: "MNS",
    aws: "SQS",
    vercel: "Vercel Queues (under Workflow)",
  },
  {
    id: "workflow",
    role: "Runs the image pipeline's steps durably: retries, state, error handling",
    app: "Workflow SDK (local world)",
    alibaba: "Serverless Workflow",
    aws: "Step Functions",
    vercel: "Vercel Workflow",
  },
];

export function providerComponents(ids: readonly ProviderComponentId[]): ProviderComponent[] {
  return PROVIDER_MAP.filter((c) => ids.includes(c.id));
}
