import { describe, expect, it } from "vitest";
import { cleanDisplayName, JOIN_CODE_LENGTH, newJoinCode, normalizeJoinCode, tallyOf } from "./class-room";

describe("class room rules", () => {
  it("counts answers per choice and ignores a choice the question no longer has", () => {
    expect(tallyOf("l/q", ["a", "b", "c"], ["a", "b", "a", "gone"])).toEqual({
      questionKey: "l/q",
      counts: { a: 2, b: 1, c: 0 },
      total: 3,
    });
  });

  it("cleans display names", () => {
    expect(cleanDisplayName("  Ada\u0007 ")).toBe("Ada");
    expect(cleanDisplayName("   ")).toBeUndefined();
    expect(cleanDisplayName("x".repeat(60))).toHaveLength(40);
  });

  it("makes six-digit join codes, never the previous one, and reads them forgivingly", () => {
    const code = newJoinCode(undefined, (max) => Math.floor(Math.random() * max));
    expect(code).toMatch(new RegExp(`^\\d{${JOIN_CODE_LENGTH}}$`));
    let calls = 0;
    // A picker that first repeats the previous code must be asked again.
    const next = newJoinCode("000000", () => (calls++ < JOIN_CODE_LENGTH ? 0 : 7));
    expect(next).toBe("777777");
    expect(normalizeJoinCode(" 482-913 ")).toBe("482913");
  });
});
