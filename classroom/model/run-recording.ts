// A class run's recording: what the room saw, as it happened, in a form anyone may read back. The events (a step
// entered with its setup, a tally as it filled in, the reveal, the evidence on the screens, switches and migration
// moves, the end) are written while the class runs (classroom/server/run-recorder.ts), exported as one versioned JSON
// file and imported from one, and replayed step by step (/class/replay/{run}). Pure: zod schemas, the bound, and the
// reading of a recording into steps and a timeline.
//
// Nothing personal: a student is a count here, never an id or a name. The recording is bounded: every event costs
// its data's bytes plus a fixed overhead against RECORDING_LIMITS.budgetBytes, checked where it is written, so the
// export of any run — a 60-minute class of 300 phones included — stays under RECORDING_LIMITS.maxFileBytes.
import { z } from "zod";
import { migrationStateSchema } from "../../core/migration/migration-state";
import { stepSetupSchema } from "./lesson-schema";

export { timelineOf, lastAt, visitAt, type Timeline } from "./replay-timeline";

export const RECORDING_FORMAT = "pet-store-twin/class-run";
export const RECORDING_VERSION = 1;

export const RECORDING_LIMITS = {
  /** The most an export file (and so an import) may be. */
  maxFileBytes: 5_000_000,
  /** What a run's events may cost in all (data bytes + EVENT_OVERHEAD_BYTES each): the file's header fits beside it. */
  budgetBytes: 4_900_000,
  /** Each event's cost beyond its data: its time, kind and the JSON punctuation around them in the file. */
  eventOverheadBytes: 64,
  /** A tally is sampled at most this often while answers come in (the presenter's actions always record one). */
  tallyEveryMs: 1_000,
  /** Evidence and switches are sampled this often while a step is on screen (recorded only when they change). */
  evidenceEveryMs: 2_000,
} as const;

const slug = z.string().regex(/^[a-z0-9-]{1,60}$/);
const count = z.number().int().min(0).max(1_000_000);

const tallyData = z
  .object({
    questionKey: z.string().regex(/^[a-z0-9-]{1,60}\/[a-z0-9-]{1,60}$/),
    counts: z.record(slug, count).refine((c) => Object.keys(c).length <= 8, "At most 8 choices."),
    total: count,
    /** How many had joined when it was counted (a count, never who). */
    students: count,
  })
  .strict();

const poolData = z
  .object({
    instances: count,
    busy: count,
    limit: count,
    /** Since the step was entered. */
    calls: count,
    cold: count,
    warm: count,
    throttled: count,
  })
  .strict();

const loadData = z
  .object({
    target: z.enum(["monolith", "serverless", "both"]).nullable(),
    activeUsers: count,
    requests: count,
    errors: count,
    throttled: count,
    rps: z.number().min(0).max(1_000_000),
    p95Ms: z.number().min(0).max(3_600_000).nullable(),
  })
  .strict();

/** The room's latest search calls, newest first, as the audience screen lists them (the journey table). */
const callData = z
  .object({
    instance: z.string().max(60).nullable(),
    cold: z.boolean(),
    status: z.number().int().min(0).max(999),
    ms: z.number().int().min(0).max(3_600_000),
  })
  .strict();

/** How many of the room's latest calls the audience screen lists (and a recording keeps): enough to see a burst,
 * few enough to fit a projector at 1280×720 beside the rest of a step. */
export const EVIDENCE_CALL_ROWS = 3;

/**
 * The lens's summary of the room's latest call on the step: which function, how many times it crossed from one
 * component into another, the round trips, the server time, the components in the order the call reached them.
 * Names of components only: no query, no path, no one's id.
 */
const actionData = z
  .object({
    functionName: slug,
    hops: count,
    roundTrips: count,
    serverMs: z.number().min(0).max(3_600_000),
    components: z.array(slug).max(12),
  })
  .strict();

const evidenceData = z
  .object({
    pool: poolData.optional(),
    calls: z.array(callData).max(EVIDENCE_CALL_ROWS).optional(),
    load: loadData.optional(),
    action: actionData.optional(),
  })
  .strict();

const switchesData = z
  .object({
    faults: z.array(z.object({ name: slug, enabled: z.boolean() }).strict()).max(20),
    migration: migrationStateSchema.nullable(),
  })
  .strict();

export const recordedEventSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("step"),
      data: z.object({ index: z.number().int().min(0).max(49), stepId: slug, setup: stepSetupSchema, students: count }).strict(),
    })
    .strict(),
  z.object({ kind: z.literal("tally"), data: tallyData }).strict(),
  z.object({ kind: z.literal("reveal"), data: z.object({ revealed: z.boolean() }).strict() }).strict(),
  // "Everyone tap now": the presenter called the room to run the step's journey.
  z.object({ kind: z.literal("call"), data: z.object({}).strict() }).strict(),
  z.object({ kind: z.literal("evidence"), data: evidenceData }).strict(),
  z.object({ kind: z.literal("switches"), data: switchesData }).strict(),
  z.object({ kind: z.literal("end"), data: z.object({ students: count, answers: count }).strict() }).strict(),
]);
export type RecordedEvent = z.infer<typeof recordedEventSchema>;
export type RecordedKind = RecordedEvent["kind"];
export type TallyData = z.infer<typeof tallyData>;
export type EvidenceData = z.infer<typeof evidenceData>;
export type ActionData = z.infer<typeof actionData>;
export type SwitchesData = z.infer<typeof switchesData>;

/** One event in the file: `t` is milliseconds since the run started. */
const timedEventSchema = z.intersection(
  z.object({
    t: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3_600_000),
  }),
  recordedEventSchema,
);
export type TimedEvent = z.infer<typeof timedEventSchema>;

/** The export file, version 1. `class-run.schema.json` beside this file is its JSON Schema (a test keeps it current). */
export const runRecordingSchema = z
  .object({
    format: z.literal(RECORDING_FORMAT),
    version: z.literal(RECORDING_VERSION),
    lessonId: slug,
    startedAt: z.iso.datetime({ offset: true }),
    endedAt: z.iso.datetime({ offset: true }).nullable(),
    events: z.array(timedEventSchema).max(Math.floor(RECORDING_LIMITS.budgetBytes / RECORDING_LIMITS.eventOverheadBytes)),
  })
  .strict()
  .refine((r) => r.events.every((e, i) => i === 0 || e.t >= r.events[i - 1]!.t), "The events must be in time order.")
  .refine((r) => recordingCost(r.events) <= RECORDING_LIMITS.budgetBytes, "The recording is larger than a run may be.");
export type RunRecording = z.infer<typeof runRecordingSchema>;

/** What one event costs against a run's budget (its data as stored, plus the fixed overhead). */
export function eventCost(event: RecordedEvent): number {
  return new TextEncoder().encode(JSON.stringify(event.data)).byteLength + RECORDING_LIMITS.eventOverheadBytes;
}

export function recordingCost(events: readonly RecordedEvent[]): number {
  return events.reduce((sum, e) => sum + eventCost(e), 0);
}

/** The JSON Schema of the file, from the zod schema (checked against class-run.schema.json by a test). */
export function runRecordingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(runRecordingSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return {
    $id: "https://pet-store-twin.local/schemas/class-run-v1.json",
    title: "Pet Store Twin class run recording, version 1",
    ...schema,
  };
}

// ——— Reading a recording back ———

export type ReplayTally = { t: number; counts: Record<string, number>; total: number; students: number };

export type ReplayStep = {
  /** Which lesson step (0-based) and when the room entered it (ms since the run started). */
  index: number;
  stepId: string;
  start: number;
  end: number;
  setup: z.infer<typeof stepSetupSchema>;
  students: number;
  questionKey: string | null;
  tallies: ReplayTally[];
  /** When the answer was revealed on this visit of the step, if it was. */
  revealAt: number | null;
  /** When the presenter called "Everyone tap now" on this visit, if they did. */
  callAt: number | null;
  evidence: { t: number; data: EvidenceData }[];
  switches: { t: number; data: SwitchesData }[];
};

export type Replay = {
  lessonId: string;
  startedAt: string;
  endedAt: string | null;
  /** Ms since the start of the last event (the run's length as recorded). */
  duration: number;
  steps: ReplayStep[];
  students: number;
  answers: number;
};

/**
 * The run as a list of step visits, each with what happened while it was on screen. A step visited twice
 * (Previous) is two visits: the replay shows the room as it moved. Tallies are counted per question across visits
 * (an answer stays an answer), so each visit carries the tallies recorded during it.
 */
export function readRecording(r: RunRecording): Replay {
  const steps: ReplayStep[] = [];
  let students = 0;
  let endAnswers: number | null = null;
  const lastTotal = new Map<string, number>();
  for (const e of r.events) {
    const visit = steps.at(-1);
    switch (e.kind) {
      case "step":
        if (visit) visit.end = e.t;
        students = Math.max(students, e.data.students);
        steps.push({
          index: e.data.index,
          stepId: e.data.stepId,
          start: e.t,
          end: e.t,
          setup: e.data.setup,
          students: e.data.students,
          questionKey: null,
          tallies: [],
          revealAt: null,
          callAt: null,
          evidence: [],
          switches: [],
        });
        break;
      case "tally":
        students = Math.max(students, e.data.students);
        lastTotal.set(e.data.questionKey, e.data.total);
        if (visit) {
          visit.questionKey = e.data.questionKey;
          visit.tallies.push({ t: e.t, counts: e.data.counts, total: e.data.total, students: e.data.students });
        }
        break;
      case "reveal":
        if (visit) visit.revealAt = e.data.revealed ? e.t : null;
        break;
      case "call":
        if (visit) visit.callAt ??= e.t;
        break;
      case "evidence":
        visit?.evidence.push({ t: e.t, data: e.data });
        break;
      case "switches":
        visit?.switches.push({ t: e.t, data: e.data });
        break;
      case "end":
        students = Math.max(students, e.data.students);
        endAnswers = e.data.answers;
        break;
    }
  }
  const duration = r.events.at(-1)?.t ?? 0;
  const last = steps.at(-1);
  if (last) last.end = Math.max(last.end, duration);
  const answers = endAnswers ?? [...lastTotal.values()].reduce((a, b) => a + b, 0);
  return { lessonId: r.lessonId, startedAt: r.startedAt, endedAt: r.endedAt, duration, steps, students, answers };
}

/** The final tally of each question in a run (the last one recorded), by question key. */
export function finalTallies(replay: Replay): Map<string, ReplayTally> {
  const out = new Map<string, ReplayTally>();
  for (const s of replay.steps) if (s.questionKey && s.tallies.length > 0) out.set(s.questionKey, s.tallies.at(-1)!);
  return out;
}

/** The last evidence of each step (by step id) in a run: what the screens showed when the room moved on. */
export function finalEvidence(replay: Replay): Map<string, EvidenceData> {
  const out = new Map<string, EvidenceData>();
  for (const s of replay.steps) {
    const last = s.evidence.at(-1);
    if (last) out.set(s.stepId, last.data);
  }
  return out;
}

// ——— The archive of runs (classroom/server/db-run-archive.ts) ———

/** A run on /class/runs: ids, lesson, when, how long, and how many (counts only). */
export type RunSummary = {
  publicId: string;
  lessonId: string;
  startedAt: string;
  endedAt: string | null;
  /** Ms from the first recorded event to the last. */
  durationMs: number;
  students: number;
  answers: number;
  imported: boolean;
  /** The run the room is on now (it cannot be deleted until it ends). */
  current: boolean;
};

export interface RunArchive {
  /** Adds an event to a run's recording if the run's budget allows it; false when it did not (the budget is spent). */
  append(runId: number, event: RecordedEvent, at?: Date): Promise<boolean>;
  /** Students joined and answers given in a run (for the end event). */
  countRun(runId: number): Promise<{ students: number; answers: number }>;
  /** Runs with a lesson, newest first (at most `limit`). */
  list(limit?: number): Promise<RunSummary[]>;
  /** A run's recording as its export file; undefined when no run has that public id (or it is a lobby). */
  load(publicId: string): Promise<RunRecording | undefined>;
  /** Deletes a run with its roster, answers and recording: "deleted", "missing", or "current" (refused). */
  remove(publicId: string): Promise<"deleted" | "missing" | "current">;
  /** Stores an exported run as a new run (all or nothing); returns its new public id. */
  importRun(recording: RunRecording): Promise<string>;
}

/** A public id as it appears in a link: what the database makes (a UUID) or the migration gave older runs (hex). */
export const publicIdSchema = z.string().regex(/^[0-9a-f-]{32,36}$/, "Not a known run.");
