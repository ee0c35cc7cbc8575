import "server-only";
// A step's evidence, as the shared screen shows it and a recording keeps it, worked out in one place: the search
// function's instances and this step's cold / warm / 429 calls (counted from the figures when the step was entered),
// the room's latest calls (the journey table), the generated load, and the lens's summary of the room's latest call.
// The audience screen polls it (GET /api/class/evidence) and the recorder writes it (run-recorder.ts), so a replay
// shows what the room saw. Counts, numbers and component names only: nothing of who made a call or what they asked.
import type { ClassSnapshot } from "../model/class-room";
import { EVIDENCE_CALL_ROWS, type ActionData, type EvidenceData } from "../model/run-recording";
import type { LoadPoint } from "../model/screen-types";
import { describeFunctions } from "../../lens/server/describe-functions";
import { listRecentInvocations } from "../../lens/server/list-recent-invocations";
import { lensSpanStore } from "../../lens/server/lens-span-store";
import { summarizeTrace } from "../../lens/model/summarize-trace";
import { findLesson } from "../lessons";
import { loadStatus } from "./bench/load-generator";
import { currentRoom } from "./class-room-hub";

type Counts = { calls: number; cold: number; warm: number; throttled: number };

/** The live chart beside the load figures: the last this many seconds. */
const LOAD_CHART_SECONDS = 60;

/** The search function's counts when each step visit began (a visit: the run, the step, when it was entered). */
const holder = globalThis as unknown as { __stepEvidenceBase?: { visit: string; counts: Counts } };

function searchFigures(): { counts: Counts; instances: number; busy: number; limit: number } {
  const report = describeFunctions();
  const search = report.functions.find((f) => f.functionName === "search");
  return {
    counts: { calls: search?.invocations ?? 0, cold: search?.cold ?? 0, warm: search?.warm ?? 0, throttled: search?.throttled ?? 0 },
    instances: search?.instances.length ?? 0,
    busy: search?.instances.filter((i) => i.state === "busy").length ?? 0,
    limit: report.limits.maxConcurrency,
  };
}

/** The lens's summary of the latest call since the step began whose spans the lens still holds. */
function latestAction(since: number): ActionData | undefined {
  const recent = listRecentInvocations(since, 3); // each lookup reads the span store: the newest few are enough
  for (let i = recent.length - 1; i >= 0; i -= 1) {
    const call = recent[i]!;
    const trace = lensSpanStore().traces({ traceId: call.traceId })[0];
    if (!trace) continue;
    const summary = summarizeTrace(trace);
    return {
      functionName: call.functionName,
      hops: summary.hops,
      roundTrips: summary.roundTrips,
      serverMs: Math.round(summary.serverMs * 10) / 10,
      components: summary.components.slice(0, 12),
    };
  }
  return undefined;
}

/** What the screens show for the step on screen now; null off a lesson. */
export function stepEvidence(snapshot: ClassSnapshot): EvidenceData | null {
  const lesson = snapshot.lessonId ? findLesson(snapshot.lessonId) : undefined;
  const step = lesson?.steps[snapshot.stepIndex];
  if (!step) return null;
  const now = searchFigures();
  const visit = `${snapshot.runId}:${snapshot.stepIndex}:${snapshot.stepStartedAt}`;
  if (holder.__stepEvidenceBase?.visit !== visit) holder.__stepEvidenceBase = { visit, counts: now.counts };
  const base = holder.__stepEvidenceBase.counts;
  const since = (k: keyof Counts) => Math.max(0, now.counts[k] - base[k]);
  const evidence: EvidenceData = {};
  // The instance pool is what a serverless step shows; any step where search ran shows it too.
  if (step.setup.mode === "serverless" || since("calls") > 0) {
    evidence.pool = {
      instances: now.instances,
      busy: now.busy,
      limit: now.limit,
      calls: since("calls"),
      cold: since("cold"),
      warm: since("warm"),
      throttled: since("throttled"),
    };
  }
  const calls = listRecentInvocations(snapshot.stepStartedAt)
    .filter((i) => i.functionName === "search")
    .slice(-EVIDENCE_CALL_ROWS)
    .reverse()
    .map((i) => ({ instance: i.instanceId?.slice(0, 60) ?? null, cold: i.cold, status: i.status, ms: Math.round(i.durationMs) }));
  if (calls.length > 0) evidence.calls = calls;
  const load = loadStatus();
  if (load.running || step.setup.load) {
    evidence.load = {
      target: load.target,
      activeUsers: load.activeUsers,
      requests: load.requests,
      errors: load.errors,
      throttled: load.throttled,
      rps: Math.round(load.rps * 10) / 10,
      p95Ms: load.p95Ms === null ? null : Math.round(load.p95Ms),
    };
  }
  const action = latestAction(snapshot.stepStartedAt);
  if (action) evidence.action = action;
  return evidence;
}

/** The generated load per second, for the chart the audience screen draws live (not recorded: the samples are). */
export function loadChart(): LoadPoint[] {
  return loadStatus()
    .series.slice(-LOAD_CHART_SECONDS)
    .map((p) => ({
      second: p.second,
      requests: p.monolith.requests + p.serverless.requests,
      throttled: p.monolith.throttled + p.serverless.throttled,
    }));
}

export type RoomEvidence = { evidence: EvidenceData | null; loadChart: LoadPoint[] };

/** GET /api/class/evidence: the evidence of the step on screen, and the load chart while the step has load. */
export async function roomEvidence(): Promise<RoomEvidence> {
  const { snapshot } = await currentRoom();
  const evidence = stepEvidence(snapshot);
  return { evidence, loadChart: evidence?.load ? loadChart() : [] };
}
