import { describe, expect, it } from "vitest";
import { CLASS_LIMITS, cleanDisplayName, createMemoryClassState } from "./class-room";

describe("class state", () => {
  it("moves between steps, clears the reveal on a move and tells every follower", () => {
    const state = createMemoryClassState(() => 1_000);
    const seen: number[] = [];
    const unsubscribe = state.subscribe((s) => seen.push(s.stepIndex));
    state.setPosition("lesson", 0);
    state.setRevealed(true);
    expect(state.snapshot()).toMatchObject({ lessonId: "lesson", stepIndex: 0, revealed: true });
    const moved = state.setPosition("lesson", 1);
    expect(moved).toMatchObject({ stepIndex: 1, revealed: false, stepStartedAt: 1_000 });
    expect(seen).toEqual([0, 0, 1]);
    unsubscribe();
    state.setPosition("lesson", 2);
    expect(seen).toEqual([0, 0, 1]);
    expect(moved.version).toBeLessThan(state.snapshot().version);
  });

  it("a follower that throws does not stop the others", () => {
    const state = createMemoryClassState();
    let heard = 0;
    state.subscribe(() => {
      throw new Error("gone");
    });
    state.subscribe(() => heard++);
    state.setPosition("l", 0);
    expect(heard).toBe(1);
  });

  it("tallies one answer per student per question", () => {
    const state = createMemoryClassState();
    state.join("s1", "Ada");
    state.join("s2", undefined);
    expect(state.answer("s1", "l/q", "a")).toEqual({ accepted: true, choiceId: "a" });
    expect(state.answer("s1", "l/q", "b")).toEqual({ accepted: false, choiceId: "a" });
    expect(state.answer("s2", "l/q", "b")).toEqual({ accepted: true, choiceId: "b" });
    expect(state.answer("s2", "l/other", "a").accepted).toBe(true);
    expect(state.tally("l/q", ["a", "b", "c"])).toEqual({ questionKey: "l/q", counts: { a: 1, b: 1, c: 0 }, total: 2 });
    expect(state.answerOf("s1", "l/q")).toBe("a");
  });

  it("refuses answers from someone who never joined", () => {
    const state = createMemoryClassState();
    expect(() => state.answer("stranger", "l/q", "a")).toThrow(/Join the class/);
  });

  it("caps the room, and a rejoin does not count twice", () => {
    const state = createMemoryClassState();
    for (let i = 0; i < CLASS_LIMITS.maxStudents; i++) state.join(`s${i}`, undefined);
    expect(state.snapshot().students).toBe(CLASS_LIMITS.maxStudents);
    expect(() => state.join("one-too-many", undefined)).toThrow(/full/);
    state.join("s1", "renamed");
    expect(state.snapshot().students).toBe(CLASS_LIMITS.maxStudents);
  });

  it("keeps answers for a bounded number of questions", () => {
    const state = createMemoryClassState();
    state.join("s", undefined);
    for (let q = 0; q <= CLASS_LIMITS.maxQuestions; q++) state.answer("s", `l/q${q}`, "a");
    expect(state.answerOf("s", "l/q0")).toBeUndefined();
    expect(state.answerOf("s", `l/q${CLASS_LIMITS.maxQuestions}`)).toBe("a");
  });

  it("cleans display names: no control characters, bounded length, blank is none", () => {
    expect(cleanDisplayName("  Ada\u0007 ")).toBe("Ada");
    expect(cleanDisplayName("x".repeat(100))).toHaveLength(CLASS_LIMITS.maxNameLength);
    expect(cleanDisplayName("   ")).toBeUndefined();
  });
});
