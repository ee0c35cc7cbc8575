// The class state in the database (real SQLite file): the same contract as the memory one, plus what only the
// database gives — a change written by another instance (here: straight into the tables, as instance B would)
// reaches this instance's followers, and the first answer wins across instances.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLASS_LIMITS, type ClassSnapshot } from "@/core/lessons/class-room";
import { prisma } from "@/infra/db/prisma-client";
import { createDbClassState, STUDENT_LIFETIME_MS } from "@/infra/classroom/db-class-state";

const state = createDbClassState();
const unsubscribers: (() => void)[] = [];

async function clear() {
  await prisma.classAnswer.deleteMany();
  await prisma.classStudent.deleteMany();
  await prisma.classRoom.deleteMany();
}

beforeEach(clear);
afterEach(async () => {
  for (const u of unsubscribers.splice(0)) u();
  await clear();
});

describe("class state in the database", () => {
  it("moves the room, clears the reveal on a move; every change grows the version", async () => {
    const first = await state.setPosition("lesson", 0);
    const revealed = await state.setRevealed(true);
    expect(await state.snapshot()).toMatchObject({ lessonId: "lesson", stepIndex: 0, revealed: true });
    const moved = await state.setPosition("lesson", 1);
    expect(moved).toMatchObject({ lessonId: "lesson", stepIndex: 1, revealed: false });
    expect(first.version).toBeLessThan(revealed.version);
    expect(revealed.version).toBeLessThan(moved.version);
    expect(Math.abs(moved.stepStartedAt - Date.now())).toBeLessThan(5_000);
  });

  it("tallies one answer per student per question; a second answer is refused and names the first", async () => {
    await state.join("s1", "Ada");
    await state.join("s2", undefined);
    expect(await state.answer("s1", "l/q", "a")).toEqual({ accepted: true, choiceId: "a" });
    expect(await state.answer("s1", "l/q", "b")).toEqual({ accepted: false, choiceId: "a" });
    expect(await state.answer("s2", "l/q", "b")).toEqual({ accepted: true, choiceId: "b" });
    expect(await state.tally("l/q", ["a", "b", "c"])).toEqual({ questionKey: "l/q", counts: { a: 1, b: 1, c: 0 }, total: 2 });
    expect(await state.answerOf("s1", "l/q")).toBe("a");
    await expect(state.answer("stranger", "l/q", "a")).rejects.toThrow(/Join the class/);
  });

  it("the first answer wins when two instances take one at the same moment", async () => {
    await state.join("s1", undefined);
    const other = createDbClassState(); // a second instance's state object on the same database
    const results = await Promise.all([state.answer("s1", "l/race", "a"), other.answer("s1", "l/race", "b")]);
    expect(results.filter((r) => r.accepted)).toHaveLength(1);
    const kept = results.find((r) => r.accepted)!.choiceId;
    expect(results.map((r) => r.choiceId)).toEqual([kept, kept]);
    expect((await state.tally("l/race", ["a", "b"])).total).toBe(1);
  });

  it("a change another instance wrote reaches this instance's followers within a second", async () => {
    await state.setPosition("lesson", 0);
    const seen: ClassSnapshot[] = [];
    unsubscribers.push(state.subscribe((s) => seen.push(s)));
    // Instance B's move, written straight to the table.
    const sent = Date.now();
    await prisma.classRoom.update({ where: { id: 1 }, data: { stepIndex: 3, version: { increment: 1 } } });
    while (!seen.some((s) => s.stepIndex === 3) && Date.now() - sent < 1_000) await new Promise((r) => setTimeout(r, 20));
    expect(seen.some((s) => s.stepIndex === 3)).toBe(true);
    // And a student joining on B is counted here.
    await prisma.classStudent.create({ data: { id: "from-b" } });
    await prisma.classRoom.update({ where: { id: 1 }, data: { version: { increment: 1 } } });
    const joinedAt = Date.now();
    while (!seen.some((s) => s.students === 1) && Date.now() - joinedAt < 1_000) await new Promise((r) => setTimeout(r, 20));
    expect(seen.at(-1)?.students).toBe(1);
  });

  it("caps the room; a rejoin does not count twice; students past their cookie's lifetime are forgotten", async () => {
    await prisma.classStudent.createMany({ data: Array.from({ length: CLASS_LIMITS.maxStudents }, (_, i) => ({ id: `s${i}` })) });
    expect((await state.snapshot()).students).toBe(CLASS_LIMITS.maxStudents);
    await expect(state.join("one-too-many", undefined)).rejects.toThrow(/full/);
    await state.join("s1", "renamed");
    expect((await state.snapshot()).students).toBe(CLASS_LIMITS.maxStudents);
    await prisma.classStudent.update({ where: { id: "s2" }, data: { joinedAt: new Date(Date.now() - STUDENT_LIFETIME_MS - 1_000) } });
    expect(await state.hasStudent("s2")).toBe(false);
    await state.join("newcomer", undefined);
    expect(await state.hasStudent("newcomer")).toBe(true);
    expect(await prisma.classStudent.count({ where: { id: "s2" } })).toBe(0);
  });

  it("keeps answers for the newest questions only", async () => {
    await state.join("s", undefined);
    const old = new Date(Date.now() - 60_000);
    await prisma.classAnswer.createMany({
      data: Array.from({ length: CLASS_LIMITS.maxQuestions }, (_, q) => ({
        questionKey: `l/q${q}`,
        studentId: "s",
        choiceId: "a",
        createdAt: old,
      })),
    });
    await state.answer("s", "l/newest", "a");
    await state.setPosition("l", 0); // moving the room prunes
    expect(await prisma.classAnswer.count()).toBe(CLASS_LIMITS.maxQuestions);
    expect(await state.answerOf("s", "l/newest")).toBe("a");
  });
});
