// A step's evidence, worked out once for the audience screen and the recording: this step's calls counted from the
// figures when the step was entered, and the lens's summary of the room's latest call — from the spans the lens holds
// for that call's trace, with component names and figures only.
import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { emptyClassroom } from "./classroom-fixtures";
import { LESSONS } from "@/classroom/lessons";
import { runClassCommand } from "@/classroom/server/run-class-command";
import { leaveLesson } from "@/classroom/server/apply-step-setup";
import { unavailableLabBench, useLabBench } from "@/classroom/server/lab-bench";
import { roomEvidence, stepEvidence } from "@/classroom/server/step-evidence";
import { recordInvocation } from "@/serverless/runtime/invocation-log";
import { lensSpanStore } from "@/lens/server/lens-span-store";
import type { LensComponent, LensSpan } from "@/lens/model/span";

const lesson = LESSONS.find((l) => l.steps.some((s) => s.setup.mode === "serverless" && s.setup.journey?.kind === "search"))!;
const stepIndex = lesson.steps.findIndex((s) => s.setup.mode === "serverless" && s.setup.journey?.kind === "search");

/** A search call as the runtime records it, and its spans as the lens holds them: gateway → function → database. */
function searchCall(at: number, withSpans: boolean): string {
  const traceId = randomBytes(16).toString("hex");
  const span = (component: LensComponent, startMs: number, durationMs: number, parent?: LensSpan): LensSpan => ({
    traceId,
    spanId: randomBytes(8).toString("hex"),
    parentSpanId: parent?.spanId,
    name: `${component} work`,
    component,
    mode: "serverless",
    startMs,
    durationMs,
    status: "ok",
    attributes: {},
    visitor: "a-phone",
  });
  if (withSpans) {
    const gateway = span("gateway", at, 20);
    const fn = span("search-function", at + 2, 15, gateway);
    const db = span("database", at + 5, 4, fn);
    for (const s of [db, fn, gateway]) lensSpanStore().add(s);
  }
  recordInvocation({
    functionName: "search",
    instanceId: "search-1",
    cold: true,
    startedAt: at + 2,
    durationMs: 15,
    billedMs: 15,
    cpuMs: null,
    status: 200,
    traceId,
  });
  return traceId;
}

beforeEach(async () => {
  useLabBench(unavailableLabBench);
  await emptyClassroom();
});
afterAll(async () => {
  await leaveLesson();
  useLabBench(undefined);
  await emptyClassroom();
});

describe("step evidence", () => {
  it("summarises the room's latest call from the lens's spans: hops, round trips, server time, components in order", async () => {
    await runClassCommand({ action: "start", lessonId: lesson.id });
    const { room } = await runClassCommand({ action: "go", lessonId: lesson.id, step: stepIndex + 1 });
    const before = stepEvidence(room.snapshot);
    expect(before?.action).toBeUndefined();
    expect(before?.pool?.calls).toBe(0);

    searchCall(Date.now() + 5, true);
    const evidence = stepEvidence(room.snapshot)!;
    expect(evidence.action).toEqual({
      functionName: "search",
      hops: 2,
      roundTrips: 1,
      serverMs: 20,
      components: ["gateway", "search-function", "database"],
    });
    expect(evidence.pool).toMatchObject({ calls: 1, cold: 1 });
    expect(evidence.calls?.[0]).toMatchObject({ instance: "search-1", cold: true, status: 200 });
    // What the audience screen reads is the same evidence; nothing in it names who called or what they searched for.
    const live = await roomEvidence();
    expect(live.evidence).toEqual(evidence);
    expect(JSON.stringify(live)).not.toMatch(/a-phone|work/);
  });

  it("a newer call whose spans the lens no longer holds does not hide the one before it; a call before the step does not count", async () => {
    searchCall(Date.now() - 60_000, true); // before the step
    await runClassCommand({ action: "start", lessonId: lesson.id });
    const { room } = await runClassCommand({ action: "go", lessonId: lesson.id, step: stepIndex + 1 });
    expect(stepEvidence(room.snapshot)?.action).toBeUndefined();
    searchCall(Date.now() + 5, true);
    searchCall(Date.now() + 10, false);
    const evidence = stepEvidence(room.snapshot)!;
    expect(evidence.action?.components).toEqual(["gateway", "search-function", "database"]);
    expect(evidence.pool).toMatchObject({ calls: 2 });
  });
});
