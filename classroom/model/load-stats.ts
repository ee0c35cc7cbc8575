// What the load generator has measured, kept bounded: cumulative counters (requests, errors, by status), the
// latencies of the last WINDOW_MS for p50/p95 (a ring buffer), and one bucket per second for the charts (the last
// SERIES_SECONDS of them). Nothing per request is kept beyond those, so a 300 s run at 200 users uses the same
// memory as a 10 s one. Pure: time is passed in.
import { gbSeconds } from "../../core/functions/billed-duration";
import { percentile } from "../../core/util/percentile";
import { createRingBuffer, pushRing, ringToArray, type RingBuffer } from "../../core/util/ring-buffer";
import type { CostPrices } from "../../core/costs/cost-prices";
import { DEFAULT_PRICES } from "../../core/costs/default-prices";
import type { Architecture, LoadTarget } from "./load-settings-schema";

export const WINDOW_MS = 10_000;
export const SERIES_SECONDS = 120;
const WINDOW_CAPACITY = 5_000;
const BUCKET_LATENCY_CAPACITY = 500;

export const ARCHITECTURES: Architecture[] = ["monolith", "serverless"];

/** One request the generator made. `fn` is set for function calls (from x-cold-start / x-duration-ms). */
export type Observation = {
  at: number;
  arch: Architecture;
  status: number;
  ms: number;
  fn?: { cold: boolean; billedMs: number; memoryMb: number } | { throttled: true };
};

type Counters = { requests: number; errors: number; byStatus: Record<string, number> };
type BucketSide = Counters & { throttled: number; coldStarts: number; functionCalls: number; gbSeconds: number; latencies: number[] };
type Bucket = { second: number; instances: number | null; sides: Record<Architecture, BucketSide> };

export type LoadStats = {
  startedAt: number;
  totals: Record<Architecture, Counters & { throttled: number; coldStarts: number }>;
  window: Record<Architecture, RingBuffer<{ at: number; ms: number }>>;
  buckets: RingBuffer<Bucket>;
};

const counters = () => ({ requests: 0, errors: 0, byStatus: {} as Record<string, number> });
const side = (): BucketSide => ({ ...counters(), throttled: 0, coldStarts: 0, functionCalls: 0, gbSeconds: 0, latencies: [] });

export function createLoadStats(startedAt: number): LoadStats {
  return {
    startedAt,
    totals: { monolith: { ...counters(), throttled: 0, coldStarts: 0 }, serverless: { ...counters(), throttled: 0, coldStarts: 0 } },
    window: { monolith: createRingBuffer(WINDOW_CAPACITY), serverless: createRingBuffer(WINDOW_CAPACITY) },
    buckets: createRingBuffer(SERIES_SECONDS),
  };
}

/** A status of 0 is a request that got no answer (connection refused, aborted by a timeout). */
export function isErrorStatus(status: number): boolean {
  return status === 0 || status >= 400;
}

function bucketAt(stats: LoadStats, at: number): Bucket {
  const second = Math.max(0, Math.floor((at - stats.startedAt) / 1000));
  const items = ringToArray(stats.buckets);
  let last = items[items.length - 1];
  if (last && last.second === second) return last;
  if (last && last.second > second) return items.find((b) => b.second === second) ?? last; // a late answer lands in its own second if still kept
  // Seconds with no traffic get empty buckets, so the charts' time axis has no holes.
  for (let s = last ? last.second + 1 : 0; s <= second; s++) {
    last = { second: s, instances: null, sides: { monolith: side(), serverless: side() } };
    pushRing(stats.buckets, last);
  }
  return last!;
}

export function recordObservation(stats: LoadStats, o: Observation): void {
  const error = isErrorStatus(o.status);
  const key = String(o.status);
  const total = stats.totals[o.arch];
  const b = bucketAt(stats, o.at).sides[o.arch];
  for (const c of [total, b]) {
    c.requests += 1;
    if (error) c.errors += 1;
    c.byStatus[key] = (c.byStatus[key] ?? 0) + 1;
  }
  if (b.latencies.length < BUCKET_LATENCY_CAPACITY) b.latencies.push(o.ms);
  pushRing(stats.window[o.arch], { at: o.at, ms: o.ms });
  if (o.status === 429) {
    total.throttled += 1;
    b.throttled += 1;
  }
  if (o.fn && "billedMs" in o.fn) {
    b.functionCalls += 1;
    b.gbSeconds += gbSeconds(o.fn.billedMs, o.fn.memoryMb);
    if (o.fn.cold) {
      b.coldStarts += 1;
      total.coldStarts += 1;
    }
  } else if (o.fn) b.functionCalls += 1; // throttled: billed as a request, no compute
}

/** The runner's once-a-second sample of live function instances (null when not measured). */
export function recordInstances(stats: LoadStats, at: number, instances: number): void {
  bucketAt(stats, at).instances = instances;
}

export type SideFigures = {
  requests: number;
  errors: number;
  throttled: number;
  coldStarts: number;
  rps: number;
  p50Ms: number | null;
  p95Ms: number | null;
  byStatus: Record<string, number>;
};

/** Figures for one side (or both added up): rps over the last 5 full seconds, p50/p95 over the last WINDOW_MS. */
export function summarizeLoad(stats: LoadStats, now: number, arches: Architecture[] = ARCHITECTURES): SideFigures {
  const byStatus: Record<string, number> = {};
  let requests = 0;
  let errors = 0;
  let throttled = 0;
  let coldStarts = 0;
  const recent: number[] = [];
  for (const a of arches) {
    const t = stats.totals[a];
    requests += t.requests;
    errors += t.errors;
    throttled += t.throttled;
    coldStarts += t.coldStarts;
    for (const [k, v] of Object.entries(t.byStatus)) byStatus[k] = (byStatus[k] ?? 0) + v;
    for (const r of ringToArray(stats.window[a])) if (now - r.at <= WINDOW_MS) recent.push(r.ms);
  }
  // rps from the window ring: at most WINDOW_CAPACITY answers per side, enough for 5 s at 1,000 req/s.
  const elapsed = Math.max(0, now - stats.startedAt) / 1000;
  const span = Math.min(5, elapsed);
  const from = now - span * 1000;
  let fresh = 0;
  for (const a of arches) for (const r of ringToArray(stats.window[a])) if (r.at >= from) fresh += 1;
  return {
    requests,
    errors,
    throttled,
    coldStarts,
    rps: span > 0 ? round(fresh / span) : 0,
    p50Ms: percentile(recent, 50),
    p95Ms: percentile(recent, 95),
    byStatus,
  };
}

export type SeriesPoint = {
  second: number;
  instances: number | null;
} & Record<
  Architecture,
  {
    requests: number;
    errors: number;
    throttled: number;
    coldStarts: number;
    p50Ms: number | null;
    p95Ms: number | null;
    costPerMinute: number;
    byStatus: Record<string, number>;
  }
>;

/**
 * Dollars per minute at this second's rate. Serverless: its function requests and GB-seconds at the default
 * prices (no free tier: the marginal price). Monolith: the always-on server's hourly price, whatever the traffic.
 */
export function costPerMinute(
  arch: Architecture,
  figures: { functionCalls: number; gbSeconds: number },
  prices: CostPrices = DEFAULT_PRICES,
): number {
  if (arch === "monolith") return (prices.instanceHourlyPrice * prices.instances) / 60;
  return ((figures.functionCalls / 1_000_000) * prices.requestPricePerMillion + figures.gbSeconds * prices.gbSecondPrice) * 60;
}

export function loadSeries(stats: LoadStats): SeriesPoint[] {
  return ringToArray(stats.buckets).map((b) => {
    const point = { second: b.second, instances: b.instances } as SeriesPoint;
    for (const a of ARCHITECTURES) {
      const s = b.sides[a];
      point[a] = {
        requests: s.requests,
        errors: s.errors,
        throttled: s.throttled,
        coldStarts: s.coldStarts,
        p50Ms: percentile(s.latencies, 50),
        p95Ms: percentile(s.latencies, 95),
        costPerMinute: costPerMinute(a, s),
        byStatus: s.byStatus,
      };
    }
    return point;
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A load run as GET /api/class/load reports it: the generator writes it, the bench page and the recorder read it. */
export type LoadStatus = {
  running: boolean;
  preparing: boolean;
  runId: string | null;
  target: LoadTarget | null;
  users: number;
  seconds: number;
  rampUpSeconds: number;
  activeUsers: number;
  elapsedSeconds: number;
  recentErrors: string[];
  series: SeriesPoint[];
  byTarget: { monolith: SideFigures; serverless: SideFigures };
} & SideFigures;
