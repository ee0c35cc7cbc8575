import "server-only";
// Records each class run as it happens (the format: classroom/model/run-recording.ts; the table: ClassRunEvent). The
// presenter's commands record what they did — the step entered with its setup, the reveal, the end — and, before
// the room moves on, the step's last tally and evidence. While a lesson is on screen a sampler (once a second, on
// the instance the presenter drives) adds the tally as it fills in, and every two seconds the evidence the audience
// screen shows (step-evidence.ts: the instances, this step's calls, the room's latest calls, the load, the lens's
// summary of the latest call) and the switches
// (failure switches, the hybrid store's class-wide migration state) whenever they changed — so a switch flipped on
// the lab bench or a migration move made on the panel is in the recording too, without a hook in either.
//
// Counts only: a tally is counts per choice and how many had joined; no id or name is read here. Recording never
// gets in the class's way: a failed write is logged and the class goes on; the budget is enforced by the INSERT.
import { tallyOf, type ClassSnapshot } from "../model/class-room";
import type { ClassCommand } from "../model/class-schemas";
import { RECORDING_LIMITS, type RecordedEvent, type RunArchive } from "../model/run-recording";
import { createDbRunArchive } from "./db-run-archive";
import { readClassMigration } from "../../infra/migration/class-migration-state";
import { stepEvidence } from "./step-evidence";
import { findLesson } from "../lessons";
import { currentRoom } from "./class-room-hub";
import { questionKey, type RoomData } from "./class-view";
import { labBench } from "./lab-bench";

type Recorder = {
  archive: RunArchive;
  /** The run the remembered values below belong to. */
  runId: number | null;
  /** The last tally / evidence / switches written for the run (as JSON), so an unchanged sample writes nothing. */
  last: Map<string, string>;
  timer: ReturnType<typeof setInterval> | null;
  ticks: number;
  busy: boolean;
};

const holder = globalThis as unknown as { __runRecorder?: Recorder };
const recorder = (): Recorder =>
  (holder.__runRecorder ??= {
    archive: createDbRunArchive(),
    runId: null,
    last: new Map(),
    timer: null,
    ticks: 0,
    busy: false,
  });

/** The archive of runs (the /class/runs page, export, import and the replay read it). */
export function runArchive(): RunArchive {
  return recorder().archive;
}

function forRun(runId: number): Recorder {
  const r = recorder();
  if (r.runId !== runId) {
    r.runId = runId;
    r.last.clear();
  }
  return r;
}

/** Writes an event unless it is the same as the last one of its key (tally per question, evidence, switches). */
async function write(runId: number, event: RecordedEvent, dedupeKey?: string): Promise<void> {
  const r = forRun(runId);
  if (dedupeKey) {
    const json = JSON.stringify(event.data);
    if (r.last.get(dedupeKey) === json) return;
    r.last.set(dedupeKey, json);
  }
  await r.archive.append(runId, event);
}

function stepOf(snapshot: ClassSnapshot) {
  const lesson = snapshot.lessonId ? findLesson(snapshot.lessonId) : undefined;
  const step = lesson?.steps[snapshot.stepIndex];
  return lesson && step ? { lesson, step } : null;
}

/** The tally as the room hub holds it (the same answers every screen is rendered from: no database read). */
async function recordTally(room: RoomData): Promise<void> {
  const { snapshot } = room;
  const found = stepOf(snapshot);
  if (!found?.step.prediction) return;
  const key = questionKey(found.lesson.id, found.step.id);
  const answers = room.questionKey === key ? room.answers.values() : [];
  const { counts, total } = tallyOf(
    key,
    found.step.prediction.choices.map((c) => c.id),
    answers,
  );
  await write(snapshot.runId, { kind: "tally", data: { questionKey: key, counts, total, students: room.roster.size } }, `tally:${key}`);
}

async function recordEvidence(snapshot: ClassSnapshot): Promise<void> {
  const evidence = stepEvidence(snapshot);
  if (!evidence || Object.keys(evidence).length === 0) return;
  await write(snapshot.runId, { kind: "evidence", data: evidence }, `evidence:${snapshot.stepIndex}`);
}

async function recordSwitches(runId: number): Promise<void> {
  const [bench, migration] = await Promise.all([labBench().snapshot(), readClassMigration().catch(() => null)]);
  const faults = (bench?.faults ?? []).map((f) => ({ name: f.name, enabled: f.enabled })).slice(0, 20);
  await write(runId, { kind: "switches", data: { faults, migration } }, "switches");
}

function logged(what: string) {
  return (e: unknown) => console.error(`[class recording] ${what} was not recorded:`, e instanceof Error ? e.message : e);
}

/** Before a command moves the room: the step's last tally and evidence, as the screens showed them. */
export async function beforeCommand(room: RoomData): Promise<void> {
  if (!room.snapshot.lessonId) return;
  await recordTally(room).catch(logged("a tally"));
  await recordEvidence(room.snapshot).catch(logged("the evidence"));
}

const MOVES: ReadonlySet<ClassCommand["action"]> = new Set(["start", "restart", "go", "next", "previous"]);

/** After a command (once every screen has been told): what it did, in the recording of the run it did it in. */
export async function afterCommand(command: ClassCommand, before: ClassSnapshot, room: RoomData): Promise<void> {
  const after = room.snapshot;
  try {
    if (command.action === "end" && before.lessonId) {
      await write(before.runId, { kind: "end", data: await recorder().archive.countRun(before.runId) });
    }
    const found = stepOf(after);
    if (found && MOVES.has(command.action)) {
      const { students } = await recorder().archive.countRun(after.runId);
      await write(after.runId, {
        kind: "step",
        data: { index: after.stepIndex, stepId: found.step.id, setup: found.step.setup, students },
      });
      await recordSwitches(after.runId);
      await recordTally(room);
      await recordEvidence(after);
    }
    if (command.action === "call-to-run" && found) await write(after.runId, { kind: "call", data: {} });
    if (command.action === "reveal" && found) {
      await recordTally(room);
      await write(after.runId, { kind: "reveal", data: { revealed: command.revealed } });
    }
  } catch (e) {
    logged(`"${command.action}"`)(e);
  }
  if (after.lessonId) startSampling();
  else stopSampling();
}

async function sample(): Promise<void> {
  const r = recorder();
  if (r.busy) return;
  r.busy = true;
  try {
    const room = await currentRoom();
    const { snapshot } = room;
    if (!snapshot.lessonId) return stopSampling();
    r.ticks += 1;
    await recordTally(room);
    if (r.ticks % Math.round(RECORDING_LIMITS.evidenceEveryMs / RECORDING_LIMITS.tallyEveryMs) === 0) {
      await recordEvidence(snapshot);
      await recordSwitches(snapshot.runId);
    }
  } catch (e) {
    logged("a sample")(e);
  } finally {
    r.busy = false;
  }
}

function startSampling(): void {
  const r = recorder();
  if (r.timer) return;
  r.timer = setInterval(() => void sample(), RECORDING_LIMITS.tallyEveryMs);
  r.timer.unref?.();
}

function stopSampling(): void {
  const r = recorder();
  if (r.timer) clearInterval(r.timer);
  r.timer = null;
}
