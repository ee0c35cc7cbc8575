// A 50-phone room in process, on the real test database: fifty students (fifty addresses) follow the event stream,
// answer, and the instructor reveals. Every answer is counted on the presenter's stream, phones get small `count`
// messages instead of whole views, and the reveal reaching 50 phones is ONE encoded message shared by all of them
// (rendered once per audience and language, not once per follower).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyClassroom, phone } from "./classroom-fixtures";
import { LESSONS } from "@/classroom/lessons";
import { runClassCommand } from "@/classroom/server/run-class-command";
import { joinClass } from "@/classroom/server/join-class";
import { answerPrediction } from "@/classroom/server/answer-prediction";
import { classEventStream } from "@/classroom/server/class-event-stream";
import { leaveLesson } from "@/classroom/server/apply-step-setup";
import { unavailableLabBench, useLabBench } from "@/classroom/server/lab-bench";
import { followerCount } from "@/classroom/server/class-room-hub";

const PHONES = 50;
const lesson = LESSONS.find((l) => l.steps.some((s) => s.prediction))!;
const stepIndex = lesson.steps.findIndex((s) => s.prediction);
const step = lesson.steps[stepIndex]!;
const choices = step.prediction!.choices.map((c) => c.id);
const decoder = new TextDecoder();

type Received = { chunk: Uint8Array; text: string };
function reader(stream: ReadableStream<Uint8Array>): Received[] {
  const got: Received[] = [];
  const r = stream.getReader();
  void (async () => {
    for (;;) {
      const { done, value } = await r.read();
      if (done) return;
      got.push({ chunk: value, text: decoder.decode(value) });
    }
  })().catch(() => undefined);
  return got;
}
async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}
const aborts: AbortController[] = [];

beforeAll(async () => {
  useLabBench(unavailableLabBench);
  await emptyClassroom();
});
afterAll(async () => {
  for (const a of aborts) a.abort();
  await leaveLesson();
  useLabBench(undefined);
});

describe("a room of 50 phones, in process", () => {
  it("counts every answer on the presenter, sends phones small counts, and shares one reveal message", async () => {
    await runClassCommand({ action: "start", lessonId: lesson.id });
    const { room } = await runClassCommand({ action: "go", lessonId: lesson.id, step: stepIndex + 1 });
    const open = (who: { instructor: boolean; studentId?: string; address: string }) => {
      const abort = new AbortController();
      aborts.push(abort);
      return classEventStream({ locale: "en", ...who }, abort.signal).then(reader);
    };
    const presenter = await open({ instructor: true, address: "127.0.0.1" });
    const phones: { studentId: string; address: string; got: Received[] }[] = [];
    for (let i = 0; i < PHONES; i++) {
      const address = `127.0.1.${i + 1}`;
      const { studentId } = await joinClass(phone(address), { code: room.snapshot.code });
      phones.push({ studentId, address, got: await open({ instructor: false, studentId, address }) });
    }
    expect(followerCount()).toBe(PHONES + 1);

    await Promise.all(
      phones.map((p, i) =>
        answerPrediction(phone(p.address, p.studentId), {
          questionKey: `${lesson.id}/${step.id}`,
          choiceId: choices[i % choices.length]!,
        }),
      ),
    );
    // The presenter's stream: the live tally reaches every answer.
    await until(() => presenter.some((m) => m.text.includes(`"answered":${PHONES}`) && m.text.includes(`"total":${PHONES}`)));
    // Phones: counts only, small, and no tally before the reveal.
    for (const p of phones) {
      await until(() => p.got.some((m) => m.text.startsWith("event: count") && m.text.includes(`"answered":${PHONES}`)));
      for (const m of p.got.filter((m) => m.text.startsWith("event: count"))) expect(m.chunk.byteLength).toBeLessThan(120);
      expect(p.got.some((m) => m.text.includes('"tally":{'))).toBe(false);
    }

    const before = phones.map((p) => p.got.length);
    await runClassCommand({ action: "reveal", revealed: true });
    await until(() => phones.every((p) => p.got.slice(before[phones.indexOf(p)]).some((m) => m.text.includes('"revealed":true'))));
    const reveals = phones.map((p) => p.got.slice(before[phones.indexOf(p)]).find((m) => m.text.includes('"revealed":true'))!.chunk);
    // One render, one encoding: every phone got the very same bytes object.
    expect(new Set(reveals).size).toBe(1);
    expect(decoder.decode(reveals[0])).toContain(`"total":${PHONES}`);
  });
});
