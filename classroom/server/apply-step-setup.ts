import "server-only";
// The one place a lesson step changes the app. Entering a step puts the app into the state the step declares,
// counted from the state the app was in when the lesson started (so stepping back works, and a step never
// inherits a switch from the one before). Leaving the lesson puts everything back as it was before it.
// Runtime limits go straight to the function runtime's controls; faults and load go through the lab bench; the
// hybrid store's migration state is the class-wide one in the database (what the instructor's panel writes).
import type { Lesson, StepSetup } from "../model/lesson-schema";
import { sameMigrationState, type MigrationState } from "../../core/migration/migration-state";
import { readClassMigration, writeClassMigration } from "../../infra/migration/class-migration-state";
import { runtimeLimits, type RuntimeLimits } from "../../serverless/runtime/function-runtime";
import { applyRuntimeControls } from "../../lens/server/apply-runtime-controls";
import type { SetupReport } from "../model/screen-types";
import { labBench, type LabBenchSnapshot } from "./lab-bench";

type Baseline = {
  lessonId: string;
  limits: RuntimeLimits;
  bench: LabBenchSnapshot | null;
  loadStarted: boolean;
  migration: MigrationState;
};

const holder = globalThis as unknown as { __classBaseline?: Baseline; __classSetupQueue?: Promise<unknown> };

/** Runs one change at a time: two quick presses of Next must not interleave their setups. */
function serialized<T>(work: () => Promise<T>): Promise<T> {
  const next = (holder.__classSetupQueue ?? Promise.resolve()).then(work, work);
  holder.__classSetupQueue = next.catch(() => undefined);
  return next;
}

function restoreLimits(limits: RuntimeLimits): void {
  applyRuntimeControls({ restoreDefaults: true });
  const now = runtimeLimits();
  const differing = Object.fromEntries(Object.entries(limits).filter(([k, v]) => now[k as keyof RuntimeLimits] !== v));
  if (Object.keys(differing).length > 0) applyRuntimeControls(differing);
}

async function restoreBench(baseline: Baseline): Promise<void> {
  const bench = labBench();
  if (baseline.loadStarted) await bench.stopLoad();
  await bench.resetFaults();
  for (const f of baseline.bench?.faults ?? []) if (f.enabled) await bench.setFault(f.name as never, true, f.params);
}

/** Writes the class-wide state only when it differs: every write reaches every app instance on the database. */
async function moveClassMigration(state: MigrationState): Promise<void> {
  if (!sameMigrationState(await readClassMigration(), state)) await writeClassMigration(state);
}

async function applySetup(setup: StepSetup, baseline: Baseline): Promise<SetupReport> {
  const bench = labBench();
  // Back to where the lesson started, then this step's changes on top.
  restoreLimits(baseline.limits);
  const { resetInstances = false, ...limits } = setup.runtime ?? {};
  if (Object.keys(limits).length > 0 || resetInstances) applyRuntimeControls({ ...limits, resetInstances });

  if (baseline.loadStarted) {
    await bench.stopLoad();
    baseline.loadStarted = false;
  }
  await restoreBench({ ...baseline, loadStarted: false });
  const faults: SetupReport["faults"] = [];
  for (const f of setup.faults ?? [])
    faults.push({ name: f.name, enabled: f.enabled, result: await bench.setFault(f.name, f.enabled, f.params) });
  let load: SetupReport["load"] = null;
  if (setup.load) {
    const result = await bench.startLoad(setup.load);
    baseline.loadStarted = result.ok;
    load = { users: setup.load.users, seconds: setup.load.seconds, result };
  }
  // A step without a migration state puts back the one the lesson found, like its other switches.
  await moveClassMigration(setup.migration ?? baseline.migration);
  return { limits: runtimeLimits(), resetInstances, faults, load, migration: setup.migration ?? null };
}

/** Enters step `stepIndex` (0-based) of `lesson`; a different lesson first ends the one in progress. */
export function enterStep(lesson: Lesson, stepIndex: number): Promise<SetupReport> {
  return serialized(async () => {
    if (holder.__classBaseline && holder.__classBaseline.lessonId !== lesson.id) await endLessonNow();
    holder.__classBaseline ??= {
      lessonId: lesson.id,
      limits: runtimeLimits(),
      bench: await labBench().snapshot(),
      loadStarted: false,
      migration: await readClassMigration(),
    };
    return applySetup(lesson.steps[stepIndex]!.setup, holder.__classBaseline);
  });
}

async function endLessonNow(): Promise<boolean> {
  const baseline = holder.__classBaseline;
  if (!baseline) return false;
  holder.__classBaseline = undefined;
  restoreLimits(baseline.limits);
  await restoreBench(baseline);
  await moveClassMigration(baseline.migration);
  return true;
}

/** Leaves the lesson in progress: limits, faults, load and the migration state go back to what they were before it started. */
export function leaveLesson(): Promise<boolean> {
  return serialized(endLessonNow);
}

/** The lesson whose changes are in force, if any. */
export function lessonInProgress(): string | undefined {
  return holder.__classBaseline?.lessonId;
}
