// The one validated env module. No secret lives in the source: secrets come from the environment, else (embedded
// default only) from a file generated on first start in the data folder — see infra/secrets/app-secrets.ts.
import { z } from "zod";
import { MIN_ADMIN_PASSWORD_LENGTH, isPublishedPassword, isPublishedSecret } from "../security/published-values";

/** A signing key from the environment: long enough, and never one that was published in this project's source. */
const secretVar = (name: string) =>
  z
    .string()
    .min(32, `${name} must be at least 32 characters.`)
    .refine(
      (v) => !isPublishedSecret(v),
      `${name} is the development secret once published in this project's source; generate your own (openssl rand -base64 32).`,
    )
    .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Where `npm start` listens: every interface by default, so phones and laptops in the room can reach it;
  // HOST=127.0.0.1 keeps the app private to this machine.
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z.string().optional(),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  DATA_DIR: z.string().optional(),
  SESSION_SECRET: secretVar("SESSION_SECRET"),
  // The seeded admin account's password (embedded default only). Unset: a random one is generated into the data
  // folder's secrets.json and printed only in the instructor's block of `npm start`. Test servers set it.
  ADMIN_PASSWORD: z
    .string()
    .min(MIN_ADMIN_PASSWORD_LENGTH, `ADMIN_PASSWORD must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters.`)
    .refine((v) => !isPublishedPassword(v), "ADMIN_PASSWORD is a password published in this project's docs; choose another.")
    .optional(),
  // The instructor key: everything that changes the app for everyone needs it (cookie from /class?key=… or the
  // x-class-key header). Generated into the data folder when unset.
  CLASS_KEY: z.string().min(16, "CLASS_KEY must be at least 16 characters.").optional(),
  // Which proxies' X-Forwarded-For to believe: unset = none (the socket address is the client), "loopback",
  // or a comma-separated list of proxy IP addresses.
  TRUST_PROXY: z.string().optional(),
  BLOB_READ_WRITE_TOKEN: z.string().optional(),
  PUBLIC_BASE_URL: z.string().url().optional(),
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  // Failed logins per email before the backoff waits start (1 s, 2 s, 4 s … at most 15 minutes).
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  // The first of those waits, in milliseconds (each further failure doubles it).
  LOGIN_FIRST_WAIT_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  // New accounts per client IP address in 10 minutes (a class behind one NAT address registers at once).
  REGISTRATIONS_PER_IP: z.coerce.number().int().min(1).default(30),
  // Classroom: students and open event streams per client address per run (a room behind one NAT address raises it).
  CLASS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000).default(3),
  // New lens visitor ids (pst_vid cookies) per client IP address in 10 minutes: each browser needs one, a script
  // minting hundreds could push other visitors' browser spans out of the lens.
  VISITORS_PER_IP: z.coerce.number().int().min(1).default(60),
  // Gateway rate limits per minute (benchmarks raise them; a classroom shares one IP, hence the generous one).
  GATEWAY_IP_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(600),
  GATEWAY_USER_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(300),
  // Serverless store: BaaS auth (next-auth), token service and the function runtime.
  NEXTAUTH_SECRET: secretVar("NEXTAUTH_SECRET"),
  NEXTAUTH_URL: z.string().url().optional(),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  BAAS_TOKEN_SECRET: secretVar("BAAS_TOKEN_SECRET"),
  BAAS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
  FUNCTION_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  FUNCTION_COLD_START_EXTRA_MS: z.coerce.number().int().min(0).max(30_000).default(0),
  FUNCTION_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(10),
  // Monolith image consumer: photos in flight (2 ≈ the ceiling on 2 cores), lease on a claimed job, poll interval.
  IMAGE_CONSUMER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  IMAGE_JOB_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(15_000),
  IMAGE_CONSUMER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  // Both image pipelines while object storage is down (core/images/image-rules.ts storageOutageDecision): the
  // first wait, the longest wait, and how long an upload waits for storage in all before it is dead-lettered.
  STORAGE_OUTAGE_BACKOFF_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
  STORAGE_OUTAGE_BACKOFF_MAX_MS: z.coerce.number().int().min(50).max(3_600_000).default(30_000),
  STORAGE_OUTAGE_MAX_WAIT_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(600_000),
  // "true" starts no image consumer in this process (the crash test exercises the serverless pipeline alone).
  IMAGE_CONSUMER_DISABLED: z.enum(["true", "false"]).optional(),
  // Vercel Blob: where the stored files are served from, when not the store's own public URL (a CDN in front).
  BLOB_PUBLIC_BASE_URL: z.string().url().optional(),
  // Architecture lens: "1" or "true" records no spans at all (the baseline of the lens-overhead benchmark).
  LENS_DISABLED: z
    .string()
    .optional()
    .transform((v) => v === "1" || v === "true"),
  // Also export the spans over OTLP/HTTP to a collector (Jaeger, …); the exporter reads the variable itself.
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  // The Workflow SDK's queue-name namespace (the SDK reads it too); our restart recovery must use the same names.
  WORKFLOW_QUEUE_NAMESPACE: z.string().min(1).optional(),
});

// Set by the platform, never by a person: whether this process runs on Vercel, where, and with how much memory.
// Read on every call (not cached): cheap, and tests switch them.
const platformSchema = z.object({
  VERCEL: z.string().optional(),
  VERCEL_DEPLOYMENT_ID: z.string().optional(),
  VERCEL_REGION: z.string().optional(),
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: z.string().optional(),
});

export type PlatformEnv = z.infer<typeof platformSchema>;

export function platformEnv(source: Record<string, string | undefined> = process.env): PlatformEnv {
  return platformSchema.parse(source);
}

// portConfigured: whether PORT was given (a server started by scripts/serve.ts always has it) or is the default.
export type Env = z.infer<typeof envSchema> & { embedded: boolean; secureCookies: boolean; portConfigured: boolean };

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.parse(source);
  const embedded = !parsed.DATABASE_URL || parsed.DATABASE_URL.startsWith("file:");
  if (!embedded) {
    // Secrets generated into one machine's data folder cannot be shared by other instances of a shared database.
    const missing = (["SESSION_SECRET", "NEXTAUTH_SECRET", "BAAS_TOKEN_SECRET", "CLASS_KEY"] as const).filter((k) => !parsed[k]);
    if (missing.length > 0) {
      throw new Error(`${missing.join(", ")} must be set when DATABASE_URL points at a shared database (see docs/security.md).`);
    }
  }
  return {
    ...parsed,
    embedded,
    portConfigured: source.PORT !== undefined && source.PORT !== "",
    secureCookies: parsed.SECURE_COOKIES ? parsed.SECURE_COOKIES === "true" : !embedded,
  };
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

// Variables that are not settings of ours: ones other libraries read from process.env themselves (next-auth, the
// Workflow SDK), a process-wide key every route bundle of the process must share, and DATA_DIR as the build reads it
// (next.config.ts must not validate the runtime settings). Read and written only here, so process.env has one home;
// a new one is added to this list, with its reason.
export type ProcessVariable =
  | "NEXTAUTH_URL" // next-auth: its own base URL
  | "AUTH_TRUST_HOST" // next-auth: build URLs from the request's Host when no NEXTAUTH_URL is set
  | "WORKFLOW_TARGET_WORLD" // the Workflow SDK: which world (local here)
  | "WORKFLOW_LOCAL_DATA_DIR" // the Workflow SDK's local world: its folder
  | "WORKFLOW_LOCAL_RECOVER_ACTIVE_RUNS" // the local world's own restart recovery (ours replaces it)
  | "PST_WORKFLOW_QUEUE_KEY" // this process's workflow queue key (infra/access/workflow-queue-key.ts)
  | "DATA_DIR"; // raw, for the build (the app reads env().DATA_DIR)

export function processVariable(name: ProcessVariable): string | undefined {
  return process.env[name];
}

export function setProcessVariable(name: ProcessVariable, value: string): void {
  process.env[name] = value;
}
