import "server-only";
// The lab bench's load generator: a background loop inside this server process (started by POST /api/class/load,
// never on the request path) that runs N virtual users against the monolith, the serverless store or both, through
// their real HTTP paths on this server's own loopback address. One run at a time; it stops by itself after its
// duration, or within a second of stop(). Bounded: the figures are a rolling window (classroom/model/load-stats),
// requests in flight are capped (store-client's Gate) and every user waits a little between journeys.
import { randomUUID } from "node:crypto";
import { env } from "../../../core/config/env";
import { AppError } from "../../../core/errors/app-error";
import {
  createLoadStats,
  loadSeries,
  recordInstances,
  summarizeLoad,
  type LoadStats,
  type LoadStatus,
  type SideFigures,
} from "../../model/load-stats";
import { userArchitecture, userStartOffsetMs, type LoadSettings } from "../../model/load-settings-schema";
import { pickJourney } from "../../model/pick-journey";
import { prepareGeneratedCustomers } from "./generated-customers";
import { claimLoadRun, releaseLoadRun } from "./load-run-lease";
import { loadJourneyCatalog } from "./journey-catalog";
import { MonolithShopper } from "./monolith-shopper";
import { ServerlessShopper } from "./serverless-shopper";
import { Gate, MAX_IN_FLIGHT, type RunContext } from "./store-client";

/** Think time between two journeys of one virtual user: a person reads the page. ~2 journeys/s keeps each generated
 * customer under the gateway's per-user limit (300/min), so throttling comes from the function runtime, not from it. */
const THINK_MS = { min: 250, max: 750 };
const SERIES_IN_STATUS = 60;
const ERRORS_KEPT = 5;

type Run = {
  runId: string;
  settings: LoadSettings;
  stats: LoadStats;
  startedAt: number;
  endedAt: number | null;
  /** Until the customers and the catalog are ready; the run's clock starts after. */
  preparing: boolean;
  activeUsers: number;
  controller: AbortController;
  recentErrors: string[];
  done: Promise<void>;
};

export type LoadProbe = { instances?: () => number };

const holder = globalThis as unknown as { __labLoadRun?: Run };

/** Where the generator sends its requests: this server, on loopback — never an address taken from a request. */
export function loopbackBase(): string {
  return `http://127.0.0.1:${env().PORT}`;
}

export function isLoadRunning(): boolean {
  return holder.__labLoadRun?.endedAt === null;
}

// How long past its planned end a run's lease holds (preparing customers, stopping) before another may start.
const LEASE_MARGIN_MS = 60_000;

export async function startLoad(settings: LoadSettings, probe: LoadProbe = {}, base = loopbackBase()): Promise<{ runId: string }> {
  if (isLoadRunning()) throw AppError.of("conflict", "bench.loadRunning");
  const startedAt = Date.now();
  const runId = randomUUID();
  // Another instance on this database may be running one: the lease in the database decides.
  if (!(await claimLoadRun(runId, startedAt + settings.seconds * 1000 + LEASE_MARGIN_MS, startedAt)))
    throw AppError.of("conflict", "bench.loadRunningElsewhere");
  if (isLoadRunning()) {
    await releaseLoadRun(runId);
    throw AppError.of("conflict", "bench.loadRunning");
  }
  const run: Run = {
    runId,
    settings,
    stats: createLoadStats(startedAt),
    startedAt,
    endedAt: null,
    preparing: true,
    activeUsers: 0,
    controller: new AbortController(),
    recentErrors: [],
    done: Promise.resolve(),
  };
  holder.__labLoadRun = run;
  run.done = drive(run, probe, base)
    .catch((e: unknown) => {
      note(run, `The run stopped early: ${e instanceof Error ? e.message : String(e)}`);
    })
    .finally(() => {
      run.endedAt ??= Date.now();
      run.controller.abort();
      void releaseLoadRun(run.runId);
    });
  return { runId: run.runId };
}

/** Stops the run now: in-flight requests are aborted, every virtual user leaves. Answers once it has stopped. */
export async function stopLoad(): Promise<boolean> {
  const run = holder.__labLoadRun;
  if (!run || run.endedAt !== null) return false;
  run.endedAt = Date.now();
  run.controller.abort();
  // The run is over for everyone now, even while its virtual users are still winding down (a customer being
  // prepared, a request being aborted): give the lease back at once so another instance may start one.
  await releaseLoadRun(run.runId);
  await Promise.race([run.done, new Promise((r) => setTimeout(r, 900))]);
  return true;
}

function note(run: Run, message: string) {
  run.recentErrors.push(message);
  if (run.recentErrors.length > ERRORS_KEPT) run.recentErrors.shift();
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });

async function drive(run: Run, probe: LoadProbe, base: string): Promise<void> {
  const { settings, controller } = run;
  const signal = controller.signal;
  const [catalog, customers] = await Promise.all([loadJourneyCatalog(), prepareGeneratedCustomers(settings.users)]);
  if (signal.aborted) return;
  run.preparing = false;
  run.startedAt = Date.now();
  run.stats = createLoadStats(run.startedAt);
  const endAt = run.startedAt + settings.seconds * 1000;
  const stopTimer = setTimeout(() => {
    run.endedAt ??= Date.now();
    controller.abort();
  }, settings.seconds * 1000);
  const sampler = setInterval(() => {
    if (probe.instances && !signal.aborted) recordInstances(run.stats, Date.now(), probe.instances());
  }, 1000);
  try {
    const ctx: RunContext = { base, stats: run.stats, gate: new Gate(MAX_IN_FLIGHT), signal, noteError: (m) => note(run, m) };
    const users = customers.map(async (customer, index) => {
      await sleep(userStartOffsetMs(index, settings.users, settings.rampUpSeconds), signal);
      if (signal.aborted) return;
      const arch = userArchitecture(settings.target, index);
      const shopper =
        arch === "monolith"
          ? new MonolithShopper(ctx, catalog, customer)
          : new ServerlessShopper(ctx, catalog, customer, run.runId.slice(0, 8), index);
      run.activeUsers += 1;
      try {
        while (!signal.aborted && Date.now() < endAt) {
          try {
            await shopper.run(pickJourney(settings.mix, Math.random()));
          } catch (e) {
            if (!signal.aborted) note(run, `A ${arch} journey failed: ${e instanceof Error ? e.message : String(e)}`);
          }
          await sleep(THINK_MS.min + Math.random() * (THINK_MS.max - THINK_MS.min), signal);
        }
      } finally {
        run.activeUsers -= 1;
      }
    });
    await Promise.all(users);
  } finally {
    clearTimeout(stopTimer);
    clearInterval(sampler);
  }
}

const EMPTY: SideFigures = { requests: 0, errors: 0, throttled: 0, coldStarts: 0, rps: 0, p50Ms: null, p95Ms: null, byStatus: {} };

export function loadStatus(now = Date.now()): LoadStatus {
  const run = holder.__labLoadRun;
  if (!run) {
    return {
      running: false,
      preparing: false,
      runId: null,
      target: null,
      users: 0,
      seconds: 0,
      rampUpSeconds: 0,
      activeUsers: 0,
      elapsedSeconds: 0,
      recentErrors: [],
      series: [],
      byTarget: { monolith: EMPTY, serverless: EMPTY },
      ...EMPTY,
    };
  }
  const at = run.preparing ? run.startedAt : (run.endedAt ?? now);
  return {
    running: run.endedAt === null,
    preparing: run.preparing,
    runId: run.runId,
    target: run.settings.target,
    users: run.settings.users,
    seconds: run.settings.seconds,
    rampUpSeconds: run.settings.rampUpSeconds,
    activeUsers: run.activeUsers,
    elapsedSeconds: Math.round((at - run.startedAt) / 100) / 10,
    recentErrors: [...run.recentErrors],
    ...summarizeLoad(run.stats, at),
    byTarget: { monolith: summarizeLoad(run.stats, at, ["monolith"]), serverless: summarizeLoad(run.stats, at, ["serverless"]) },
    series: loadSeries(run.stats).slice(-SERIES_IN_STATUS),
  };
}
