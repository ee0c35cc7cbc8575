// Class run recordings on the real test database, through the operations the routes and pages call: a lesson with
// two phones is recorded as it happens (step, tally, reveal, end: counts only, no student's id or name), exported,
// deleted and imported back to the same replay; a bad or oversized import stores nothing and says why in the
// visitor's language; a run's recording stops growing at its budget.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/infra/db/prisma-client";
import { emptyClassroom, phone } from "./classroom-fixtures";
import { appSecrets } from "@/infra/secrets/app-secrets";
import { LESSONS } from "@/classroom/lessons";
import { runClassCommand } from "@/classroom/server/run-class-command";
import { joinClass } from "@/classroom/server/join-class";
import { answerPrediction } from "@/classroom/server/answer-prediction";
import { leaveLesson } from "@/classroom/server/apply-step-setup";
import { unavailableLabBench, useLabBench } from "@/classroom/server/lab-bench";
import { runArchive } from "@/classroom/server/run-recorder";
import { deleteRun, exportRun, importRun } from "@/classroom/server/run-archive-ops";
import { RECORDING_LIMITS, readRecording } from "@/classroom/model/run-recording";
import { POST as importRoute } from "@/app/api/class/runs/route";
import { DELETE as deleteRoute } from "@/app/api/class/runs/[run]/route";

// A lesson whose first two steps both ask a question (a short lesson of two questions).
const lesson = LESSONS.find((l) => l.steps[0]?.prediction && l.steps[1]?.prediction) ?? LESSONS.find((l) => l.steps[1]?.prediction)!;
const q = (i: number) => lesson.steps[i]!.prediction;

/** Runs two steps with two phones (named) answering the questions, reveals step 2, ends; returns the run's public id. */
async function runShortLesson(): Promise<string> {
  const { room } = await runClassCommand({ action: "start", lessonId: lesson.id });
  const code = room.snapshot.code;
  const runId = room.snapshot.runId;
  const ada = await joinClass(phone("10.1.0.1"), { code, name: "Ada Lovelace" });
  const bob = await joinClass(phone("10.1.0.2"), { code, name: "Bob" });
  for (const [i, picks] of [
    [0, [0, 1]],
    [1, [1, 1]],
  ] as const) {
    if (i === 1) await runClassCommand({ action: "next" });
    const p = q(i);
    if (!p) continue;
    const key = `${lesson.id}/${lesson.steps[i]!.id}`;
    await answerPrediction(phone("10.1.0.1", ada.studentId), { questionKey: key, choiceId: p.choices[picks[0]]!.id });
    await answerPrediction(phone("10.1.0.2", bob.studentId), { questionKey: key, choiceId: p.choices[picks[1]]!.id });
  }
  await runClassCommand({ action: "reveal", revealed: true });
  await runClassCommand({ action: "end" });
  return (await prisma.classRun.findUniqueOrThrow({ where: { id: runId } })).publicId;
}

function instructorRequest(url: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return new Request(`http://localhost${url}`, {
    ...init,
    headers: { "x-class-key": appSecrets().classKey, host: "localhost", origin: "http://localhost", ...init.headers },
  });
}

beforeEach(async () => {
  useLabBench(unavailableLabBench);
  await emptyClassroom();
});
afterAll(async () => {
  useLabBench(undefined);
  await leaveLesson();
  await emptyClassroom();
});

describe("a class run's recording", () => {
  it("holds each step, the tallies, the reveal and the end, as counts — no student's id or name", async () => {
    const publicId = await runShortLesson();
    const recording = await exportRun(publicId);
    const kinds = recording.events.map((e) => e.kind);
    expect(kinds.filter((k) => k === "step")).toHaveLength(2);
    expect(kinds).toContain("reveal");
    expect(kinds.at(-1)).toBe("end");
    const replay = readRecording(recording);
    expect(replay.steps.map((s) => s.stepId)).toEqual([lesson.steps[0]!.id, lesson.steps[1]!.id]);
    const second = replay.steps[1]!;
    const p2 = q(1)!;
    expect(second.tallies.at(-1)).toMatchObject({ total: 2, students: 2, counts: { [p2.choices[1]!.id]: 2 } });
    expect(second.revealAt).not.toBeNull();
    expect(replay).toMatchObject({ students: 2 });
    // Nothing personal: neither a name nor a cookie id appears anywhere in the file.
    const text = JSON.stringify(recording);
    const ids = (await prisma.classStudent.findMany({ select: { id: true } })).map((s) => s.id);
    expect(ids).toHaveLength(2);
    for (const secret of ["Ada Lovelace", "Bob", "10.1.0.1", ...ids]) expect(text).not.toContain(secret);
    // The list shows it with its counts.
    const [listed] = await runArchive().list();
    expect(listed).toMatchObject({ publicId, lessonId: lesson.id, students: 2, current: false });
    expect(listed!.answers).toBe(replay.answers);
  });

  it("holds 'Everyone tap now' on the step it was called on, and the replay says which journey it called for", async () => {
    const journeyLesson = LESSONS.find((l) => l.steps.some((st) => st.setup.journey))!;
    const index = journeyLesson.steps.findIndex((st) => st.setup.journey);
    const { room } = await runClassCommand({ action: "start", lessonId: journeyLesson.id });
    await runClassCommand({ action: "go", lessonId: journeyLesson.id, step: index + 1 });
    await runClassCommand({ action: "call-to-run" });
    await runClassCommand({ action: "end" });
    const { publicId } = await prisma.classRun.findUniqueOrThrow({ where: { id: room.snapshot.runId } });
    const replay = readRecording(await exportRun(publicId));
    const visit = replay.steps.find((st) => st.index === index)!;
    expect(visit.callAt).not.toBeNull();
    expect(visit.callAt!).toBeGreaterThanOrEqual(visit.start);
    expect(replay.steps.filter((st) => st.callAt !== null)).toHaveLength(1);
  });

  it("exported, deleted and imported, is the same replay under a new public id", async () => {
    const publicId = await runShortLesson();
    const exported = await exportRun(publicId);
    const response = await deleteRoute(instructorRequest(`/api/class/runs/${publicId}`, { method: "DELETE" }), {
      params: Promise.resolve({ run: publicId }),
    });
    expect(response.status).toBe(200);
    expect(await prisma.classRun.count({ where: { publicId } })).toBe(0);
    expect(await prisma.classRunEvent.count()).toBe(0);
    expect(await prisma.classAnswer.count({ where: { run: { publicId } } })).toBe(0);
    const created = await importRoute(
      instructorRequest("/api/class/runs", {
        method: "POST",
        body: JSON.stringify(exported),
        headers: { "content-type": "application/json" },
      }),
    );
    expect(created.status).toBe(201);
    const { publicId: again } = (await created.json()) as { publicId: string };
    expect(again).not.toBe(publicId);
    const back = await exportRun(again);
    expect(readRecording(back)).toEqual(readRecording(exported));
    expect(back.events).toEqual(exported.events);
  });

  it("the run the room is on cannot be deleted, and an unknown one is a 404", async () => {
    const { room } = await runClassCommand({ action: "start", lessonId: lesson.id });
    const current = (await prisma.classRun.findUniqueOrThrow({ where: { id: room.snapshot.runId } })).publicId;
    await expect(deleteRun(current)).rejects.toMatchObject({ status: 409 });
    await expect(deleteRun("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ status: 404 });
    await expect(deleteRun("1")).rejects.toMatchObject({ status: 404 });
    const anonymous = await deleteRoute(new Request(`http://localhost/api/class/runs/${current}`, { method: "DELETE" }), {
      params: Promise.resolve({ run: current }),
    });
    expect(anonymous.status).toBe(401);
    await runClassCommand({ action: "end" });
  });
});

describe("a bad import", () => {
  it("an invalid file is a 400 with a sentence in the visitor's language, and stores nothing", async () => {
    const publicId = await runShortLesson();
    const good = await exportRun(publicId);
    const runs = await prisma.classRun.count();
    const events = await prisma.classRunEvent.count();
    const bad = [
      "not json at all",
      JSON.stringify({ ...good, version: 99 }),
      JSON.stringify({ ...good, lessonId: "no-such-lesson" }),
      // Valid up to the last event, which carries a student's name: the whole file is refused.
      JSON.stringify({ ...good, events: [...good.events, { t: 999_999, kind: "end", data: { students: 1, answers: 1, name: "Ada" } }] }),
    ];
    for (const body of bad) {
      const en = await importRoute(
        instructorRequest("/api/class/runs", { method: "POST", body, headers: { "content-type": "application/json" } }),
      );
      expect(en.status).toBe(400);
      expect(((await en.json()) as { error: { message: string } }).error.message).toMatch(/class recording|lesson this app does not have/);
    }
    const zh = await importRoute(
      instructorRequest("/api/class/runs", {
        method: "POST",
        body: bad[1],
        headers: { "content-type": "application/json", "accept-language": "zh-CN" },
      }),
    );
    expect(((await zh.json()) as { error: { message: string } }).error.message).toContain("课堂记录");
    await expect(importRun({ ...good, format: "something-else" })).rejects.toMatchObject({ status: 400 });
    expect(await prisma.classRun.count()).toBe(runs);
    expect(await prisma.classRunEvent.count()).toBe(events);
  });

  it("an oversized file is a 413 with a sentence in both languages, and stores nothing", async () => {
    const runs = await prisma.classRun.count();
    const body = JSON.stringify({ padding: "x".repeat(RECORDING_LIMITS.maxFileBytes) });
    for (const [lang, sentence] of [
      ["en", "at most 5 MB"],
      ["zh-CN", "最多 5 MB"],
    ]) {
      const response = await importRoute(
        instructorRequest("/api/class/runs", {
          method: "POST",
          body,
          headers: { "content-type": "application/json", "accept-language": lang! },
        }),
      );
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain(sentence);
    }
    expect(await prisma.classRun.count()).toBe(runs);
  });

  it("without the instructor key an import is refused before the body is read", async () => {
    const response = await importRoute(
      new Request("http://localhost/api/class/runs", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }),
    );
    expect(response.status).toBe(401);
  });
});

describe("the budget", () => {
  it("a run's recording stops growing at its budget, whatever writes to it", async () => {
    const run = await prisma.classRun.create({ data: { code: "", lessonId: lesson.id } });
    const step = lesson.steps[0]!;
    const event = { kind: "step", data: { index: 0, stepId: step.id, setup: step.setup, students: 300 } } as const;
    // Pre-fill all but a little of the budget in one write, then append until refused.
    const cost = (await import("@/classroom/model/run-recording")).eventCost(event);
    await prisma.classRunEvent.create({
      data: { runId: run.id, at: new Date(), kind: "reveal", data: '{"revealed":true}', bytes: RECORDING_LIMITS.budgetBytes - 3 * cost },
    });
    const results: boolean[] = [];
    for (let i = 0; i < 5; i++) results.push(await runArchive().append(run.id, event));
    expect(results).toEqual([true, true, true, false, false]);
    const sum = await prisma.classRunEvent.aggregate({ where: { runId: run.id }, _sum: { bytes: true } });
    expect(sum._sum.bytes).toBeLessThanOrEqual(RECORDING_LIMITS.budgetBytes);
  });
});
