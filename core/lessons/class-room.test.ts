import { describe, expect, it } from "vitest";
import { CLASS_LIMITS, cleanDisplayName, createMemoryClassState } from "./class-room";

describe("class state", () => {
  it("moves between steps, clears the reveal on a move and tells every follower", async () => {
    const state = createMemoryClassState(() => 1_000);
    const seen: number[] = [];
    const unsubscribe = state.subscribe((s) => seen.push(s.stepIndex));
    await state.setPosition("lesson", 0);
    await state.setRevealed(true);
    expect(await state.snapshot()).toMatchObject({ lessonId: "lesson", stepIndex: 0, revealed: true });
    const moved = await state.setPosition("lesson", 1);
    expect(moved).toMatchObject({ stepIndex: 1, revealed: false, stepStartedAt: 1_000 });
    expect(seen).toEqual([0, 0, 1]);
    unsubscribe();
    await state.setPosition("lesson", 2);
    expect(seen).toEqual([0, 0, 1]);
    expect(moved.version).toBeLessThan((await state.snapshot()).version);
  });

  it("a follower that throws does not stop the others", async () => {
    const state = createMemoryClassState();
    let heard = 0;
    state.subscribe(() => {
      throw new Error("gone");
    });
    state.subscribe(() => heard++);
    await state.setPosition("l", 0);
    expect(heard).toBe(1);
  });

  it("tallies one answer per student per question", async () => {
    const state = createMemoryClassState();
    await state.join("s1", "Ada");
    await state.join("s2", undefined);
    expect(await state.answer("s1", "l/q", "a")).toEqual({ accepted: true, choiceId: "a" });
    expect(await state.answer("s1", "l/q", "b")).toEqual({ accepted: false, choiceId: "a" });
    expect(await state.answer("s2", "l/q", "b")).toEqual({ accepted: true, choiceId: "b" });
    expect((await state.answer("s2", "l/other", "a")).accepted).toBe(true);
    expect(await state.tally("l/q", ["a", "b", "c"])).toEqual({ questionKey: "l/q", counts: { a: 1, b: 1, c: 0 }, total: 2 });
    expect(await state.answerOf("s1", "l/q")).toBe("a");
  });

  it("refuses answers from someone who never joined", async () => {
    const state = createMemoryClassState();
    await expect(state.answer("stranger", "l/q", "a")).rejects.toThrow(/Join the class/);
  });

  it("caps the room, and a rejoin does not count twice", async () => {
    const state = createMemoryClassState();
    for (let i = 0; i < CLASS_LIMITS.maxStudents; i++) await state.join(`s${i}`, undefined);
    expect((await state.snapshot()).students).toBe(CLASS_LIMITS.maxStudents);
    await expect(state.join("one-too-many", undefined)).rejects.toThrow(/full/);
    await state.join("s1", "renamed");
    expect((await state.snapshot()).students).toBe(CLASS_LIMITS.maxStudents);
  });

  it("keeps answers for a bounded number of questions", async () => {
    const state = createMemoryClassState();
    await state.join("s", undefined);
    for (let q = 0; q <= CLASS_LIMITS.maxQuestions; q++) await state.answer("s", `l/q${q}`, "a");
    expect(await state.answerOf("s", "l/q0")).toBeUndefined();
    expect(await state.answerOf("s", `l/q${CLASS_LIMITS.maxQuestions}`)).toBe("a");
  });

  it("cleans display names: no control characters, bounded length, blank is none", async () => {
    expect(cleanDisplayName("  Ada\u0007 ")).toBe("Ada");
    expect(cleanDisplayName("x".repeat(100))).toHaveLength(CLASS_LIMITS.maxNameLength);
    expect(cleanDisplayName("   ")).toBeUndefined();
  });
});
