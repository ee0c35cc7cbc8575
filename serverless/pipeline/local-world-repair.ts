// Repairs the one crash window of the Workflow SDK's local world that leaves a run unable to go on (decision 027).
// The world records a step's end in three writes: a ".terminal" lock file, the step file (status "completed" with
// its output) and, last, the `step_completed` event. The workflow replays from the events alone. A kill -9
// between the writes — a wide window when sharp keeps the libuv threads busy, because every file write waits
// behind the image work — leaves either
//   (a) a step file "completed"/"failed" with no matching event: the replay still waits for the step and sends
//       it again; the step handler's `step_started` is refused ("terminal state"), so it sends the workflow again,
//       which sends the step again … with no delay and no delivery count: the hot loop; or
//   (b) the lock without the step file's end: the step runs again, its `step_completed` is refused by the lock
//       and the handler returns quietly without continuing the workflow: a silent stall.
// The fix records what the step file already holds: the missing event, once (its output, so the step is not run
// again), and removes a lock whose step never ended (the step runs again; every pipeline step is idempotent).
// Files only, in the world's own format; the world lists events from disk, so the next replay sees them.
import { existsSync } from "node:fs";
import { link, readFile, readdir, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { decodeTime, monotonicFactory } from "ulid";
import { processVariable } from "../../core/config/env";

const nextUlid = monotonicFactory();

type StepFile = {
  runId: string;
  stepId: string;
  stepName: string;
  status: string;
  output?: unknown;
  error?: { message?: string; stack?: string };
  specVersion?: number;
};
type EventFile = { eventType: string; correlationId?: string };

export type RunRepair = { recorded: string[]; unlocked: string[] };

const TERMINAL_EVENTS = new Set(["step_completed", "step_failed"]);

/** The local world's folder (WORKFLOW_LOCAL_DATA_DIR, set by infra/lifecycle/local-workflow-world.ts). */
export function localWorldDir(): string | null {
  return processVariable("WORKFLOW_LOCAL_DATA_DIR") ?? null;
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return null; // gone, or a half-written temp file: not ours to judge
  }
}

async function filesOf(dir: string, runId: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  // Untagged files only (`<runId>-<id>.json`); tagged ones (`.<tag>.json`) belong to the SDK's test harness.
  return names.filter((n) => n.startsWith(`${runId}-`) && n.endsWith(".json") && n.split(".").length === 2);
}

/** When the run last changed: its newest event's time (event ids are ULIDs), or null when it has none. */
export async function lastEventAt(dataDir: string, runId: string): Promise<number | null> {
  let newest: number | null = null;
  for (const name of await filesOf(path.join(dataDir, "events"), runId)) {
    const id = name.slice(runId.length + 1, -".json".length).replace(/^evnt_/, "");
    try {
      const t = decodeTime(id);
      if (newest === null || t > newest) newest = t;
    } catch {
      // not a ULID-named event file
    }
  }
  return newest;
}

const repairing = new Map<string, Promise<RunRepair>>();

export type RepairOptions = {
  /** Also remove the lock of a step that never ended. Only when that step is not being completed right now. */
  unlock: boolean;
  /** Only this step. */
  only?: string;
};

/** Records the events a crash left unwritten (and, with `unlock`, removes stale locks) for one run. */
export async function repairRun(dataDir: string, runId: string, options: RepairOptions): Promise<RunRepair> {
  // One repair per run at a time in this process, so two callers never both record the same event.
  for (let running = repairing.get(runId); running; running = repairing.get(runId)) await running.catch(() => {});
  const job = doRepair(dataDir, runId, options).finally(() => repairing.delete(runId));
  repairing.set(runId, job);
  return job;
}

async function doRepair(dataDir: string, runId: string, options: RepairOptions): Promise<RunRepair> {
  const repair: RunRepair = { recorded: [], unlocked: [] };
  const stepsDir = path.join(dataDir, "steps");
  const eventsDir = path.join(dataDir, "events");
  const steps = (await Promise.all((await filesOf(stepsDir, runId)).map((n) => readJson<StepFile>(path.join(stepsDir, n))))).filter(
    (s): s is StepFile => s !== null,
  );
  if (steps.length === 0) return repair;
  const ended = new Set<string>();
  for (const name of await filesOf(eventsDir, runId)) {
    const event = await readJson<EventFile>(path.join(eventsDir, name));
    if (event?.correlationId && TERMINAL_EVENTS.has(event.eventType)) ended.add(event.correlationId);
  }
  for (const step of steps) {
    if (ended.has(step.stepId) || (options.only && step.stepId !== options.only)) continue;
    if (step.status === "completed" || step.status === "failed") {
      const eventId = `evnt_${nextUlid()}`;
      const event =
        step.status === "completed"
          ? { eventType: "step_completed", correlationId: step.stepId, eventData: { stepName: step.stepName, result: step.output } }
          : {
              eventType: "step_failed",
              correlationId: step.stepId,
              eventData: { stepName: step.stepName, error: step.error?.message ?? "Step failed", stack: step.error?.stack },
            };
      const file = path.join(eventsDir, `${runId}-${eventId}.json`);
      const body = JSON.stringify({ ...event, runId, eventId, createdAt: new Date(), specVersion: step.specVersion }, null, 2);
      // Create-if-absent, as the world publishes its own events (a temp file, then a hard link).
      const temp = `${file}.tmp.${nextUlid()}`;
      await writeFile(temp, body, { flag: "wx" });
      try {
        await link(temp, file);
      } finally {
        await unlink(temp).catch(() => {});
      }
      repair.recorded.push(step.stepId);
    } else if (options.unlock) {
      const lock = path.join(dataDir, ".locks", "steps", `${runId}-${step.stepId}.terminal`);
      if (existsSync(lock)) {
        await rm(lock, { force: true });
        repair.unlocked.push(step.stepId);
      }
    }
  }
  return repair;
}
