// Class runs on the real test database, through the same operations the routes call: a run starts clean, one
// address is at most CLASS_PER_ADDRESS students and as many streams, an old run's student cannot vote, a wrong
// code is a 403 (in the visitor's language), a full class is a 409, and one change is rendered once per group.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/infra/db/prisma-client";
import { emptyClassroom, phone } from "./classroom-fixtures";
import { CLASS_LIMITS } from "@/classroom/model/class-room";
import { AppError } from "@/core/errors/app-error";
import { LESSONS } from "@/classroom/lessons";
import { runClassCommand } from "@/classroom/server/run-class-command";
import { joinClass } from "@/classroom/server/join-class";
import { answerPrediction } from "@/classroom/server/answer-prediction";
import { classEventStream } from "@/classroom/server/class-event-stream";
import { currentRoom } from "@/classroom/server/class-room-hub";
import { classState } from "@/classroom/server/db-class-state";
import { leaveLesson } from "@/classroom/server/apply-step-setup";
import { unavailableLabBench, useLabBench } from "@/classroom/server/lab-bench";
import { viewForRequest } from "@/classroom/server/view-for-request";
import { POST as joinRoute } from "@/app/api/class/join/route";

const lesson = LESSONS.find((l) => l.steps.some((s) => s.prediction))!;
const stepIndex = lesson.steps.findIndex((s) => s.prediction);
const step = lesson.steps[stepIndex]!;
const key = `${lesson.id}/${step.id}`;
const [choiceA, choiceB] = step.prediction!.choices.map((c) => c.id);
const streams: AbortController[] = [];

async function startAtQuestion(): Promise<string> {
  await runClassCommand({ action: "start", lessonId: lesson.id });
  const { room } = await runClassCommand({ action: "go", lessonId: lesson.id, step: stepIndex + 1 });
  return room.snapshot.code;
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const e = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

beforeEach(async () => {
  useLabBench(unavailableLabBench);
  await emptyClassroom();
});
afterEach(async () => {
  for (const s of streams.splice(0)) s.abort();
  await leaveLesson();
});
afterAll(async () => {
  useLabBench(undefined);
  await emptyClassroom();
});

describe("class runs", () => {
  it("a second run of a rehearsed lesson starts at zero, with a new code, and the rehearsal's students cannot vote", async () => {
    const rehearsalCode = await startAtQuestion();
    const a = await joinClass(phone("10.0.0.1"), { code: rehearsalCode, name: "Ada" });
    const b = await joinClass(phone("10.0.0.2"), { code: rehearsalCode });
    await answerPrediction(phone("10.0.0.1", a.studentId), { questionKey: key, choiceId: choiceA! });
    await answerPrediction(phone("10.0.0.2", b.studentId), { questionKey: key, choiceId: choiceB! });
    const rehearsal = (await viewForRequest(new Headers({ "x-class-key": "nope" }), false)).view;
    expect(rehearsal.answered).toBe(2);

    // The real class: Start lesson again.
    const code = await startAtQuestion();
    expect(code).not.toBe(rehearsalCode);
    const room = await currentRoom();
    expect(room.roster.size).toBe(0);
    expect(room.answers.size).toBe(0);
    const fresh = (await viewForRequest(new Headers(), false)).view;
    expect(fresh).toMatchObject({ students: 0, answered: 0 });

    // The rehearsal's phone: its cookie is worth nothing now, and the old code is refused.
    expect((await refusal(answerPrediction(phone("10.0.0.1", a.studentId), { questionKey: key, choiceId: choiceA! }))).status).toBe(401);
    expect((await refusal(joinClass(phone("10.0.0.1", a.studentId), { code: rehearsalCode }))).status).toBe(403);
    // Joining with the new code, the same phone may answer again.
    const again = await joinClass(phone("10.0.0.1", a.studentId), { code });
    expect(again.studentId).not.toBe(a.studentId);
    expect(await answerPrediction(phone("10.0.0.1", again.studentId), { questionKey: key, choiceId: choiceB! })).toEqual({
      accepted: true,
      choiceId: choiceB,
    });
    // Both runs stay in the database for a replay.
    expect(await prisma.classRun.count()).toBe(2);
    expect(await prisma.classAnswer.count()).toBe(3);
  });

  it("'everyone tap now' reaches every view on a step with a journey, is refused on one without, and ends with the step", async () => {
    const withJourney = LESSONS.flatMap((l) => l.steps.map((st, i) => ({ l, st, i }))).find(({ st }) => st.setup.journey)!;
    const without = withJourney.l.steps.findIndex((st) => !st.setup.journey);
    await runClassCommand({ action: "start", lessonId: withJourney.l.id });
    if (without >= 0) {
      await runClassCommand({ action: "go", lessonId: withJourney.l.id, step: without + 1 });
      expect((await refusal(runClassCommand({ action: "call-to-run" }))).status).toBe(409);
    }
    await runClassCommand({ action: "go", lessonId: withJourney.l.id, step: withJourney.i + 1 });
    expect((await viewForRequest(new Headers(), false)).view.runCallAt).toBeUndefined();
    const before = Date.now();
    const { room } = await runClassCommand({ action: "call-to-run" });
    expect(room.snapshot.runCallAt).toBeGreaterThanOrEqual(before - 1000);
    // A student, the audience and the instructor all see the call (it is in the snapshot every instance reads).
    const { studentId } = await joinClass(phone("10.0.3.1"), { code: room.snapshot.code });
    expect((await viewForRequest(phone("10.0.3.1", studentId), false)).view.runCallAt).toBe(room.snapshot.runCallAt);
    expect((await viewForRequest(new Headers(), false)).view.runCallAt).toBe(room.snapshot.runCallAt);
    // The next move clears it: a call belongs to its step.
    const moved = await runClassCommand({ action: withJourney.i + 1 < withJourney.l.steps.length ? "next" : "previous" });
    expect(moved.room.snapshot.runCallAt).toBeNull();
  });

  it("a forged student id cannot answer", async () => {
    await startAtQuestion();
    const forged = "00000000-0000-4000-8000-000000000000";
    expect((await refusal(answerPrediction(phone("10.0.0.9", forged), { questionKey: key, choiceId: choiceA! }))).status).toBe(401);
  });

  it("one address makes at most three students, also when its joins race", async () => {
    const code = await startAtQuestion();
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => joinClass(phone("10.0.0.5"), { code })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(CLASS_LIMITS.perAddress);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ status: 409, message: expect.stringMatching(/network address/) });
    expect(await prisma.classStudent.count({ where: { address: "10.0.0.5" } })).toBe(3);
    // Another address is another phone.
    await joinClass(phone("10.0.0.6"), { code });
  });

  it("one address holds at most three student streams and three others; the instructor is not counted", async () => {
    const code = await startAtQuestion();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await joinClass(phone("10.0.0.7"), { code })).studentId);
    const open = async (who: { instructor?: boolean; studentId?: string }) => {
      const abort = new AbortController();
      streams.push(abort);
      return classEventStream({ instructor: false, locale: "en", address: "10.0.0.7", ...who }, abort.signal);
    };
    for (const id of ids) await open({ studentId: id });
    expect((await refusal(open({ studentId: ids[0] }))).status).toBe(429);
    for (let i = 0; i < 3; i++) await open({});
    expect((await refusal(open({}))).status).toBe(429);
    await open({ instructor: true });
    await open({ instructor: true });
  });

  it("a wrong code is a 403 with a sentence in the visitor's language", async () => {
    const code = await startAtQuestion();
    const wrong = code === "111111" ? "222222" : "111111";
    const post = (language: string) =>
      joinRoute(
        new Request("http://localhost/api/class/join", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "10.0.1.1", "accept-language": language },
          body: JSON.stringify({ code: wrong }),
        }),
      );
    const en = await post("en");
    expect(en.status).toBe(403);
    expect((await en.json()).error.message).toMatch(/not the code of this class/);
    const zh = await post("zh-CN");
    expect(zh.status).toBe(403);
    expect((await zh.json()).error.message).toMatch(/加入码/);
    const right = await joinRoute(
      new Request("http://localhost/api/class/join", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "10.0.1.1" },
        body: JSON.stringify({ code: ` ${code.slice(0, 3)} ${code.slice(3)} `, name: "Grace" }),
      }),
    );
    expect(right.status).toBe(201);
  });

  it("a join checked against a hub a run behind: the old code is refused, the new one joins the new run", async () => {
    await startAtQuestion();
    const behind = (await currentRoom()).snapshot;
    // Another instance starts a new run: the database moves on, this hub's copy does not know yet.
    const now = await classState().startRun(lesson.id);
    const join = (code: string, studentId: string) =>
      classState().join({ code, studentId, name: undefined, address: "10.0.2.1", perAddress: 3, seen: behind });
    const refused = await refusal(join(behind.code, "stale-code-phone"));
    expect(refused.status).toBe(403);
    expect(await join(now.code, "new-code-phone")).toEqual({ runId: now.runId });
    expect(await prisma.classStudent.findMany({ select: { id: true, runId: true } })).toEqual([{ id: "new-code-phone", runId: now.runId }]);
  });

  it("a full class is a 409 with a sentence, not a 500", async () => {
    const code = await startAtQuestion();
    const { runId } = (await currentRoom()).snapshot;
    await prisma.classStudent.createMany({
      data: Array.from({ length: CLASS_LIMITS.maxStudents }, (_, i) => ({ id: `full-${i}`, runId, address: `10.1.${i >> 8}.${i & 255}` })),
    });
    const e = await refusal(joinClass(phone("10.2.0.1"), { code }));
    expect(e.status).toBe(409);
    expect(e.message).toMatch(/class is full/);
  });

  it("the presenter removes one student or clears the roster; a removed student cannot answer", async () => {
    const code = await startAtQuestion();
    const a = await joinClass(phone("10.0.2.1"), { code, name: "Rude name" });
    await joinClass(phone("10.0.2.2"), { code, name: "Kind name" });
    const view = (await viewForRequest(new Headers(), true)).view;
    expect(view.roster).toBeUndefined(); // only the instructor sees the roster
    const { room } = await runClassCommand({ action: "clear-roster" });
    expect(room.roster.size).toBe(0);
    expect((await refusal(answerPrediction(phone("10.0.2.1", a.studentId), { questionKey: key, choiceId: choiceA! }))).status).toBe(401);
  });
});
