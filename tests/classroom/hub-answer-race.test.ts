// The hub's copy of the room must not lose an answer accepted here while a poll's database read is on its way.
// A poll re-reads the answers when another instance has added one; if a phone answers here during that read, the
// read cannot contain it. Before the fix the read replaced the hub's map and the screens (and the run's recording)
// counted one fewer until the next poll — a replay once showed a step's final tally as 1 of 2 because of it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { emptyClassroom, phone } from "./classroom-fixtures";
import { LESSONS } from "@/classroom/lessons";
import { runClassCommand } from "@/classroom/server/run-class-command";
import { joinClass } from "@/classroom/server/join-class";
import { answerPrediction } from "@/classroom/server/answer-prediction";
import { classState } from "@/classroom/server/db-class-state";
import { currentRoom, follow } from "@/classroom/server/class-room-hub";
import { leaveLesson } from "@/classroom/server/apply-step-setup";
import { unavailableLabBench, useLabBench } from "@/classroom/server/lab-bench";

const lesson = LESSONS.find((l) => l.steps.some((s) => s.prediction))!;
const stepIndex = lesson.steps.findIndex((s) => s.prediction);
const step = lesson.steps[stepIndex]!;
const key = `${lesson.id}/${step.id}`;
const choice = step.prediction!.choices[0]!.id;
const holder = globalThis as unknown as { __classState?: ReturnType<typeof classState> };
const real = classState();
let stopFollowing = () => {};

beforeAll(async () => {
  useLabBench(unavailableLabBench);
  await emptyClassroom();
});
afterAll(async () => {
  stopFollowing();
  holder.__classState = real;
  await leaveLesson();
  useLabBench(undefined);
});

it("an answer accepted here during a poll's read of the answers stays counted", async () => {
  await runClassCommand({ action: "start", lessonId: lesson.id });
  const { room } = await runClassCommand({ action: "go", lessonId: lesson.id, step: stepIndex + 1 });
  const join = async (address: string) => (await joinClass(phone(address), { code: room.snapshot.code })).studentId;
  const here = await join("127.0.2.1");
  const elsewhere = await join("127.0.2.2");
  const late = await join("127.0.2.3");
  const answer = (studentId: string, address: string) =>
    answerPrediction(phone(address, studentId), { questionKey: key, choiceId: choice });
  await answer(here, "127.0.2.1");

  // The next read of the answers is held after it has read the database, until `release`.
  let release = () => {};
  let readStarted = () => {};
  const started = new Promise<void>((r) => (readStarted = r));
  let armed = true;
  holder.__classState = {
    ...real,
    async answers(runId, questionKey) {
      const read = await real.answers(runId, questionKey);
      if (armed) {
        armed = false;
        readStarted();
        await new Promise<void>((r) => (release = r));
      }
      return read;
    },
  };
  stopFollowing = follow({ audience: "instructor", locale: "en", write: () => {} });

  // Another instance's answer: written to the database only; the poll notices the count and re-reads.
  await real.answer(room.snapshot.runId, elsewhere, key, choice);
  await started;
  // A phone answers here while that read is held.
  await answer(late, "127.0.2.3");
  expect([...(await currentRoom()).answers.keys()].sort()).toEqual([here, late].sort());
  release();
  await new Promise((r) => setImmediate(r));
  // The read (two answers) came back; the hub still counts the third.
  const after = await currentRoom();
  expect([...after.answers.keys()].sort()).toEqual([here, elsewhere, late].sort());
});
