// The recording's format and its bound, pure: the JSON Schema file is the zod schema's, the schema refuses what a
// run may not hold (a student's id, events out of order, more than the budget), a worst-case class hour fits under
// the file cap, and the replay's clock skips idle gaps.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LESSONS } from "../lessons";
import { timelineOf } from "./replay-timeline";
import {
  RECORDING_FORMAT,
  RECORDING_LIMITS,
  RECORDING_VERSION,
  eventCost,
  readRecording,
  runRecordingJsonSchema,
  runRecordingSchema,
  type RecordedEvent,
  type RunRecording,
  type TimedEvent,
} from "./run-recording";

const lesson = LESSONS.find((l) => l.steps.filter((s) => s.prediction).length >= 2)!;

function recording(events: TimedEvent[]): RunRecording {
  return {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    lessonId: lesson.id,
    startedAt: "2026-12-07T09:00:00.000Z",
    endedAt: "2026-12-07T10:00:00.000Z",
    events,
  };
}

const tally = (t: number, stepId: string, counts: Record<string, number>, students = 300): TimedEvent => ({
  t,
  kind: "tally",
  data: { questionKey: `${lesson.id}/${stepId}`, counts, total: Object.values(counts).reduce((a, b) => a + b, 0), students },
});

describe("the class run file", () => {
  it("has a JSON Schema beside it that is the zod schema's (run `npx tsx scripts/write-class-run-schema.ts` when not)", () => {
    const file = JSON.parse(readFileSync(path.join(import.meta.dirname, "class-run.schema.json"), "utf8"));
    expect(file).toEqual(runRecordingJsonSchema());
    expect(file).toMatchObject({ type: "object", required: expect.arrayContaining(["format", "version", "events"]) });
  });

  it("accepts a recorded run and refuses another version, a student's id in a tally, events out of order", () => {
    const step = lesson.steps[0]!;
    const good = recording([
      { t: 0, kind: "step", data: { index: 0, stepId: step.id, setup: step.setup, students: 2 } },
      tally(1_000, step.id, { a: 1, b: 1 }, 2),
      { t: 2_000, kind: "reveal", data: { revealed: true } },
      { t: 3_000, kind: "end", data: { students: 2, answers: 2 } },
    ]);
    expect(runRecordingSchema.safeParse(good).success).toBe(true);
    expect(runRecordingSchema.safeParse({ ...good, version: 2 }).success).toBe(false);
    const withId = structuredClone(good) as { events: { data: Record<string, unknown> }[] };
    withId.events[1]!.data.studentId = "0b7d…";
    expect(runRecordingSchema.safeParse(withId).success).toBe(false);
    expect(runRecordingSchema.safeParse({ ...good, events: [...good.events].reverse() }).success).toBe(false);
    expect(runRecordingSchema.safeParse({ ...good, events: [{ t: 0, kind: "chat", data: { text: "hi" } }] }).success).toBe(false);
  });

  it("refuses a recording over the run budget", () => {
    const step = lesson.steps[0]!;
    const big: TimedEvent[] = [];
    const one = { t: 0, kind: "step", data: { index: 0, stepId: step.id, setup: step.setup, students: 300 } } as const;
    for (let i = 0; (i + 1) * eventCost(one) <= RECORDING_LIMITS.budgetBytes + eventCost(one); i++) big.push({ ...one, t: i });
    expect(runRecordingSchema.safeParse(recording(big)).success).toBe(false);
    expect(runRecordingSchema.safeParse(recording(big.slice(0, -2))).success).toBe(true);
  });
});

describe("the bound", () => {
  it("a 60-minute class of 300 phones, recorded at the recorder's highest rates, stays under 5 MB", () => {
    const events: TimedEvent[] = [];
    const questions = lesson.steps.filter((s) => s.prediction);
    const hour = 60 * 60_000;
    const choices = (s: (typeof questions)[number]) => s.prediction!.choices.map((c) => c.id);
    // Every step entered 3 times (back and forth), every switch flipped on every sample, every tally different
    // every second (answers trickling in all hour), evidence changing on every sample with load running.
    for (let t = 0; t < hour; t += RECORDING_LIMITS.tallyEveryMs) {
      const s = questions[Math.floor((t / hour) * questions.length)]!;
      if (t % 60_000 === 0)
        events.push({ t, kind: "step", data: { index: lesson.steps.indexOf(s), stepId: s.id, setup: s.setup, students: 300 } });
      const k = Math.floor(t / 1000) % 300;
      events.push(tally(t, s.id, Object.fromEntries(choices(s).map((c, i) => [c, i === 0 ? k : 300 - k]))));
      if (t % RECORDING_LIMITS.evidenceEveryMs === 0) {
        events.push({
          t,
          kind: "evidence",
          data: {
            pool: { instances: 100, busy: 100, limit: 100, calls: 123_456 + t, cold: 99_999, warm: 99_999, throttled: 99_999 },
            calls: Array.from({ length: 5 }, (_, i) => ({ instance: `search-instance-${t}-${i}`, cold: i === 0, status: 429, ms: 12_345 })),
            load: { target: "both", activeUsers: 200, requests: 999_999, errors: 99_999, throttled: 99_999, rps: 1234.5, p95Ms: 12_345 },
          },
        });
        events.push({
          t,
          kind: "switches",
          data: {
            faults: ["concurrency-limit", "cold-start-delay", "storage-outage", "search-errors"].map((name, i) => ({
              name,
              enabled: (t + i) % 3 === 0,
            })),
            migration: {
              auth: "serverless",
              pages: "monolith",
              catalog: "serverless",
              search: "serverless",
              purchase: "monolith",
              images: "serverless",
            },
          },
        });
      }
    }
    events.push({ t: hour, kind: "end", data: { students: 300, answers: 300 * questions.length } });
    const file = JSON.stringify(recording(events));
    console.log(`60-minute worst case: ${events.length} events, ${(file.length / 1e6).toFixed(2)} MB`);
    expect(Buffer.byteLength(file)).toBeLessThan(RECORDING_LIMITS.maxFileBytes);
    // The worst case is inside the budget the database enforces, so nothing of it would have been dropped.
    expect(events.reduce((sum, e) => sum + eventCost(e as RecordedEvent), 0)).toBeLessThanOrEqual(RECORDING_LIMITS.budgetBytes);
  });

  it("any recording the budget admits is a file under 5 MB (the per-event overhead covers the file's own bytes)", () => {
    // The smallest events pay the most overhead per byte of data: fill a run with them up to the budget.
    const small: TimedEvent = { t: 7 * 24 * 3_600_000 - 1, kind: "reveal", data: { revealed: false } };
    const n = Math.floor(RECORDING_LIMITS.budgetBytes / eventCost(small));
    const file = JSON.stringify(recording(Array.from({ length: n }, () => small)));
    expect(Buffer.byteLength(file)).toBeLessThan(RECORDING_LIMITS.maxFileBytes);
  });
});

describe("reading a run back", () => {
  it("groups events into step visits with their tallies, reveal and counts", () => {
    const [s1, s2] = lesson.steps.filter((s) => s.prediction);
    const replay = readRecording(
      recording([
        { t: 0, kind: "step", data: { index: lesson.steps.indexOf(s1!), stepId: s1!.id, setup: s1!.setup, students: 2 } },
        tally(500, s1!.id, { x: 1 }, 2),
        tally(900, s1!.id, { x: 2 }, 2),
        { t: 1_000, kind: "reveal", data: { revealed: true } },
        { t: 60_000, kind: "step", data: { index: lesson.steps.indexOf(s2!), stepId: s2!.id, setup: s2!.setup, students: 2 } },
        tally(61_000, s2!.id, { y: 1 }, 2),
        { t: 62_000, kind: "end", data: { students: 2, answers: 3 } },
      ]),
    );
    expect(replay.steps.map((s) => [s.stepId, s.start, s.end, s.tallies.length, s.revealAt])).toEqual([
      [s1!.id, 0, 60_000, 2, 1_000],
      [s2!.id, 60_000, 62_000, 1, null],
    ]);
    expect(replay).toMatchObject({ students: 2, answers: 3, duration: 62_000 });
  });

  it("plays a long quiet stretch as a short one, and maps back", () => {
    const tl = timelineOf([0, 1_000, 600_000, 601_000], 3_000);
    expect(tl.length).toBe(1_000 + 3_000 + 1_000);
    expect(tl.toPlay(600_000)).toBe(4_000);
    expect(tl.toRun(4_000)).toBe(600_000);
    expect(tl.toRun(tl.toPlay(600_500))).toBe(600_500);
    expect(tl.toPlay(500)).toBe(500);
  });
});
