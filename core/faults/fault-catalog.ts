// The lab bench's failure switches: what each one breaks, in which architecture, what its settings are and the
// one sentence the instructor reads out ("what to watch"). Pure data and zod schemas; the switches' state lives
// in infra/faults/fault-state.ts and each part of the app asks it whether a switch is on.
import { z } from "zod";
import { parseInput } from "../errors/parse-input";
import { errorSentence } from "../errors/error-text";

export const FAULT_NAMES = [
  "concurrency-limit",
  "cold-start-delay",
  "function-timeout",
  "database-latency",
  "storage-outage",
  "consumer-down",
  "poison-image",
  "short-token-lifetime",
  "recursive-trigger",
] as const;

export type FaultName = (typeof FAULT_NAMES)[number];

type MsWhat = "coldStart" | "timeout" | "handler" | "latency";
const ms = (n: number, what: MsWhat) =>
  z
    .number()
    .int()
    .min(0, errorSentence(`bench.${what}Negative`))
    .max(n, errorSentence(`bench.${what}Max`, { n }));

export const FAULT_PARAM_SCHEMAS = {
  "concurrency-limit": z
    .object({ limit: z.number().int().min(1, errorSentence("bench.limitMin")).max(100, errorSentence("bench.limitMax")) })
    .strict(),
  "cold-start-delay": z.object({ ms: ms(10_000, "coldStart") }).strict(),
  "function-timeout": z
    .object({
      timeoutMs: ms(30_000, "timeout").min(50, errorSentence("bench.timeoutMin")),
      slowMs: ms(10_000, "handler"),
    })
    .strict(),
  "database-latency": z.object({ ms: ms(2_000, "latency") }).strict(),
  "storage-outage": z.object({}).strict(),
  "consumer-down": z.object({}).strict(),
  "poison-image": z.object({}).strict(),
  // Above the SPA's 30 s refresh margin, or every call would fetch a new token.
  "short-token-lifetime": z
    .object({
      seconds: z.number().int().min(35, errorSentence("bench.tokenLifetimeMin")).max(300, errorSentence("bench.tokenLifetimeMax")),
    })
    .strict(),
  "recursive-trigger": z
    .object({
      maxRuns: z.number().int().min(2, errorSentence("bench.loopMin")).max(50, errorSentence("bench.loopMax")),
    })
    .strict(),
} satisfies Record<FaultName, z.ZodType>;

export type FaultParams<N extends FaultName> = z.infer<(typeof FAULT_PARAM_SCHEMAS)[N]>;

export type FaultInfo = {
  name: FaultName;
  title: string;
  description: string;
  defaults: Record<string, number>;
  appliesTo: ("monolith" | "serverless")[];
};

export const FAULTS: Record<FaultName, FaultInfo> = {
  "concurrency-limit": {
    name: "concurrency-limit",
    title: "Concurrency limit",
    description:
      "Each function may run only `limit` instances at once: watch the serverless side throttle (429s, the SPA and the workflow retry) while the monolith has no such cap — its requests simply queue in the one process and p95 grows.",
    defaults: { limit: 2 },
    appliesTo: ["serverless"],
  },
  "cold-start-delay": {
    name: "cold-start-delay",
    title: "Cold-start delay",
    description:
      "Every new function instance (HTTP functions and pipeline steps) waits `ms` before its first run: watch p95 jump whenever the load makes new instances, while the always-warm monolith is unaffected.",
    defaults: { ms: 1500 },
    appliesTo: ["serverless"],
  },
  "function-timeout": {
    name: "function-timeout",
    title: "Function timeout",
    description:
      "Search and checkout take `slowMs` longer in both stores; a function still running after `timeoutMs` is stopped with a 504 and its instance thrown away, while the monolith's request simply takes longer.",
    defaults: { timeoutMs: 300, slowMs: 1000 },
    appliesTo: ["monolith", "serverless"],
  },
  "database-latency": {
    name: "database-latency",
    title: "Database latency",
    description:
      "Every database query of both stores waits `ms` longer: watch the page that runs several queries in sequence (monolith pages, the purchase function) suffer more than a single data-API read.",
    defaults: { ms: 100 },
    appliesTo: ["monolith", "serverless"],
  },
  "storage-outage": {
    name: "storage-outage",
    title: "Storage outage",
    description:
      'The public bucket (thumbnails, seed photos, search index) refuses every read and write; the upload bucket that takes originals stays up, so a new upload is accepted and queued but its thumbnails cannot be stored: the monolith\'s consumer and the serverless steps wait for it ("waiting" on the admin pages; tries 2 s, 4 s … 30 s apart, not counted as attempts) and both finish the upload, once, after storage is back (an outage of up to 10 minutes).',
    defaults: {},
    appliesTo: ["monolith", "serverless"],
  },
  "consumer-down": {
    name: "consumer-down",
    title: "Consumer down / crashed step",
    description:
      "The monolith's image consumer stops claiming jobs (its backlog grows and drains when it is back); each serverless step's first attempt crashes, and the durable run resumes at that step instead of starting over.",
    defaults: {},
    appliesTo: ["monolith", "serverless"],
  },
  "poison-image": {
    name: "poison-image",
    title: "Poison image",
    description:
      "Every new photo fails thumbnailing on every attempt: watch both pipelines retry it the allowed number of times, then dead-letter it with its reason instead of retrying forever.",
    defaults: {},
    appliesTo: ["monolith", "serverless"],
  },
  "short-token-lifetime": {
    name: "short-token-lifetime",
    title: "Short token lifetime",
    description:
      "New data-API tokens live only `seconds`: watch the SPA's silent refresh (GET /api/baas/token every few seconds) appear in the lens, while the monolith's server session has nothing to renew.",
    defaults: { seconds: 45 },
    appliesTo: ["serverless"],
  },
  "recursive-trigger": {
    name: "recursive-trigger",
    title: "Recursive trigger",
    description:
      "Serverless only (the monolith's consumer takes only the jobs it is given; nothing it writes is an event): the guard that ignores writes under thumbnails/ is off, so every stored thumbnail starts another run of the whole pipeline for its photo — watch the runs multiply until the breaker stops them after `maxRuns` runs, and read what the loop would bill without it.",
    defaults: { maxRuns: 10 },
    appliesTo: ["serverless"],
  },
};

export function isFaultName(value: string): value is FaultName {
  return (FAULT_NAMES as readonly string[]).includes(value);
}

/** The body of PUT /api/class/faults/{name}: on/off and, optionally, new settings (merged over the defaults). */
export const faultSwitchSchema = z
  .object({
    enabled: z.boolean({ error: errorSentence("bench.sayEnabled") }),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** Validates a switch's settings against its own schema, defaults filled in. */
export function parseFaultParams<N extends FaultName>(
  name: N,
  params: Record<string, unknown> | undefined,
  current?: Record<string, unknown>,
): FaultParams<N> {
  return parseInput(FAULT_PARAM_SCHEMAS[name], { ...FAULTS[name].defaults, ...current, ...params }) as FaultParams<N>;
}
