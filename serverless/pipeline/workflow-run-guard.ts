// The safety net around the Workflow SDK's local world that every durable engine has (decision 027):
// 1. A step that finished without its event is recorded, once, the moment the SDK trips over it (its
//    `step_started` is refused as "terminal") — not run again, and never the step ↔ workflow hot loop
//    (local-world-repair.ts explains the crash window).
// 2. Every message is counted per step (and per run): a message sent again and again without the run moving on
//    is delayed with exponential backoff, and after a bound the run is dead-lettered — the upload marked failed
//    with a reason, the run failed — instead of being sent once more.
// 3. A sweeper, on start and every minute: a run `pending`/`running` with no step executing here and nothing
//    sent or recorded for it for longer than a lease is repaired and continued (its workflow message again; the
//    replay resumes at the first step without a result). Runs that keep stalling are continued with backoff and
//    dead-lettered after a bound.
// ARCH: the monolith's consumer finds its interrupted jobs by their expired lease in the ImageJob table
// (monolith/images); this is the same lease idea over the durable runs' files.
import { deadLetterImageUpload } from "../../infra/images/dead-letter-image-upload";
import { prisma } from "../../infra/db/prisma-client";
import { lastEventAt, repairRun } from "./local-world-repair";

type QueueOpts = { headers?: Record<string, string> } & Record<string, unknown>;
export type QueueFn = (queueName: string, message: unknown, opts?: QueueOpts) => Promise<unknown>;
type EventInput = { eventType: string; correlationId?: string } & Record<string, unknown>;
type RunPage = {
  data: { runId: string; workflowName: string; status?: string }[];
  hasMore: boolean;
  cursor?: string | null;
};
export type GuardedWorld = {
  specVersion?: number;
  queue: QueueFn;
  events: { create(runId: string | null, data: EventInput, params?: unknown): Promise<unknown> };
  runs: { list(params: { status: string; resolveData: "none"; pagination: { cursor?: string } }): Promise<RunPage> };
};

export const RUN_LEASE_MS = 2 * 60_000;
export const SWEEP_EVERY_MS = 60_000;
/** Sends of one step's message before backoff starts (normal: one, plus a replay or a restart's). */
export const FREE_STEP_SENDS = 3;
/** Sends of one step's message after which the run is dead-lettered. */
export const MAX_STEP_SENDS = 10;
/** Workflow messages of one run before backoff, and the bound (a run of five steps needs about seven). */
export const FREE_RUN_SENDS = 16;
export const MAX_RUN_SENDS = 40;
/** Continuations of one stalled run that did not move it on, before it is dead-lettered. */
export const MAX_CONTINUATIONS = 4;
const MAX_BACKOFF_MS = 60_000;
/** A step "in flight" longer than this is no longer believed (its handler died without a word). */
const MAX_STEP_MS = 15 * 60_000;
/** Counters of runs not heard of for this long are dropped (memory bound). */
const FORGET_AFTER_MS = 60 * 60_000;

type RunState = {
  workflowSends: number;
  stepSends: Map<string, number>;
  lastSendAt: number;
  continuations: number;
  continuedAtEvent: number | null;
  deadLettered: boolean;
};

export type RunGuard = ReturnType<typeof guardWorkflowWorld>;

const isConflict = (e: unknown) => e instanceof Error && e.name === "EntityConflictError";

/** Backoff before the n-th send of a message (n counted from 1): none while free, then 1 s, 2 s, 4 s … 60 s. */
export function sendDelayMs(n: number, free: number): number {
  return n <= free ? 0 : Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (n - free - 1));
}

/**
 * Wraps `world.events.create` and `world.queue` (call after the queue is signed) and returns the sweeper.
 * `dataDir`: the local world's folder; `workflowQueuePrefix`: e.g. "__wkf_workflow_".
 */
export function guardWorkflowWorld(
  world: GuardedWorld,
  options: { dataDir: string; workflowQueuePrefix: string; now?: () => number; log?: (line: string) => void },
) {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.warn(`[pipeline] ${line}`));
  const runs = new Map<string, RunState>();
  const inFlight = new Map<string, number>(); // `${runId}/${stepId}` → started at
  const stateOf = (runId: string): RunState => {
    let s = runs.get(runId);
    if (!s) {
      s = { workflowSends: 0, stepSends: new Map(), lastSendAt: 0, continuations: 0, continuedAtEvent: null, deadLettered: false };
      runs.set(runId, s);
    }
    return s;
  };

  // --- 1. Events: in-flight steps, and the repair at the moment the SDK trips over a missing event. ---
  const create = world.events.create.bind(world.events);
  world.events.create = async (runId, data, params) => {
    const key = `${runId}/${data.correlationId}`;
    try {
      const result = await create(runId, data, params);
      if (data.eventType === "step_started") inFlight.set(key, now());
      else if (data.eventType.startsWith("step_")) inFlight.delete(key);
      else if (runId && /^run_(completed|failed|cancelled)$/.test(data.eventType)) forget(runId);
      return result;
    } catch (e) {
      if (data.eventType.startsWith("step_") && data.eventType !== "step_created") inFlight.delete(key);
      if (runId && isConflict(e) && data.eventType === "step_started") {
        // The step file says it ended; if its event is missing, record it now, so the replay the SDK sends next
        // sees the result instead of sending the step again.
        const repair = await repairRun(options.dataDir, runId, { unlock: false }).catch(() => null);
        if (repair && repair.recorded.length > 0)
          log(`recorded the end of ${repair.recorded.length} step(s) of run ${runId} that a crash left without their event`);
      }
      if (runId && isConflict(e) && (data.eventType === "step_completed" || data.eventType === "step_failed") && data.correlationId) {
        // A lock left by a completion that a crash cut short refuses this (real) end: remove it and record.
        const repair = await repairRun(options.dataDir, runId, { unlock: true, only: data.correlationId }).catch(() => null);
        if (repair && repair.unlocked.length > 0) return create(runId, data, params);
      }
      throw e;
    }
  };

  // --- 2. Messages: counted, backed off, bounded. ---
  const queue = world.queue;
  world.queue = async (queueName, message, opts) => {
    const m = (message ?? {}) as { runId?: string; workflowRunId?: string; stepId?: string };
    const runId = m.workflowRunId ?? m.runId;
    if (!runId) return queue(queueName, message, opts);
    const state = stateOf(runId);
    if (state.deadLettered) return { messageId: "msg_dropped" };
    state.lastSendAt = now();
    let delay: number;
    if (m.stepId) {
      const n = (state.stepSends.get(m.stepId) ?? 0) + 1;
      state.stepSends.set(m.stepId, n);
      if (n > MAX_STEP_SENDS) {
        void deadLetterRun(runId, `The step was sent ${n - 1} times without finishing; the run was stopped.`);
        return { messageId: "msg_dropped" };
      }
      delay = sendDelayMs(n, FREE_STEP_SENDS);
    } else {
      state.workflowSends += 1;
      if (state.workflowSends > MAX_RUN_SENDS) {
        void deadLetterRun(runId, `The run was continued ${state.workflowSends - 1} times without finishing; it was stopped.`);
        return { messageId: "msg_dropped" };
      }
      delay = sendDelayMs(state.workflowSends, FREE_RUN_SENDS);
    }
    if (delay === 0) return queue(queueName, message, opts);
    log(`run ${runId}: message sent again without progress, delayed ${delay / 1000} s`);
    setTimeout(() => {
      if (!stateOf(runId).deadLettered) void queue(queueName, message, opts).catch(() => {});
    }, delay).unref();
    return { messageId: "msg_deferred" };
  };

  function forget(runId: string) {
    runs.delete(runId);
    for (const key of inFlight.keys()) if (key.startsWith(`${runId}/`)) inFlight.delete(key);
  }

  async function deadLetterRun(runId: string, reason: string): Promise<void> {
    const state = stateOf(runId);
    if (state.deadLettered) return;
    state.deadLettered = true;
    log(`dead-lettered run ${runId}: ${reason}`);
    const uploads = await prisma.imageUpload.findMany({ where: { runId }, select: { id: true } }).catch(() => []);
    for (const { id } of uploads)
      await deadLetterImageUpload(id, reason).catch((e: unknown) => log(`could not dead-letter ${id}: ${String(e)}`));
    await create(runId, { eventType: "run_failed", specVersion: world.specVersion, eventData: { error: { message: reason } } }).catch(
      () => {},
    );
  }

  // --- 3. The sweeper. ---
  /** Continues stalled runs. `leaseMs` 0 (at start): every pending/running run, since nothing is in flight yet. */
  async function sweep(leaseMs: number): Promise<{ continued: number; recorded: number; deadLettered: number }> {
    const out = { continued: 0, recorded: 0, deadLettered: 0 };
    const t = now();
    for (const [key, startedAt] of inFlight) if (t - startedAt > MAX_STEP_MS) inFlight.delete(key);
    for (const [runId, s] of runs) if (s.lastSendAt > 0 && t - s.lastSendAt > FORGET_AFTER_MS) runs.delete(runId);
    for (const status of ["pending", "running"]) {
      let cursor: string | undefined;
      for (;;) {
        const page = await world.runs.list({ status, resolveData: "none", pagination: { cursor } });
        for (const run of page.data) {
          const state = stateOf(run.runId);
          if (state.deadLettered) continue;
          if ([...inFlight.keys()].some((k) => k.startsWith(`${run.runId}/`))) continue;
          const eventAt = await lastEventAt(options.dataDir, run.runId);
          if (eventAt !== null && state.continuedAtEvent !== null && eventAt > state.continuedAtEvent) state.continuations = 0;
          const idleFor = t - Math.max(eventAt ?? 0, state.lastSendAt);
          // Backoff: a run already continued in vain waits 2, 4, 8 … leases before the next try.
          if (idleFor < leaseMs * 2 ** state.continuations) continue;
          if (state.continuations >= MAX_CONTINUATIONS) {
            await deadLetterRun(run.runId, `The run stalled ${state.continuations} times and could not be continued; it was stopped.`);
            out.deadLettered += 1;
            continue;
          }
          const repair = await repairRun(options.dataDir, run.runId, { unlock: true });
          out.recorded += repair.recorded.length;
          if (leaseMs > 0) state.continuations += 1;
          state.continuedAtEvent = (await lastEventAt(options.dataDir, run.runId)) ?? eventAt;
          await world
            .queue(`${options.workflowQueuePrefix}${run.workflowName}`, { runId: run.runId })
            .then(() => void (out.continued += 1))
            .catch((e: unknown) => log(`could not continue run ${run.runId}: ${String(e)}`));
        }
        if (!page.hasMore) break;
        cursor = page.cursor ?? undefined;
      }
    }
    return out;
  }

  let timer: ReturnType<typeof setInterval> | null = null;
  return {
    sweep,
    /** The sweep every minute (unref'd: it never keeps a process alive). */
    startSweeping(everyMs = SWEEP_EVERY_MS, leaseMs = RUN_LEASE_MS) {
      timer ??= setInterval(() => {
        void sweep(leaseMs)
          .then((r) => {
            if (r.continued + r.deadLettered > 0)
              log(`sweep: continued ${r.continued} stalled run(s), recorded ${r.recorded} step end(s), dead-lettered ${r.deadLettered}`);
          })
          .catch((e: unknown) => log(`sweep failed: ${String(e)}`));
      }, everyMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
    /** For tests and the lens: what the guard holds. */
    stats: () => ({ runs: runs.size, inFlight: inFlight.size }),
  };
}
