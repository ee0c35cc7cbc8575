// The migration panel's English comes from messages/en.ts, while core/migration keeps its own English for the
// capabilities and the moves (the lessons and the diagram): those must say the same thing. The bridges are ids in
// core/ and words only here: every one has its sentence in both languages.
import { describe, expect, it } from "vitest";
import { CAPABILITIES, CAPABILITY_LABELS } from "../core/migration/migration-state";
import { RECOMMENDED_MOVES } from "../core/migration/recommended-path";
import { BRIDGES } from "../core/migration/route-requests";
import { en } from "./en";
import { zhCN } from "./zh-CN";

describe("migration messages", () => {
  it("name every capability as core/migration does", () => {
    for (const c of CAPABILITIES) {
      expect(en.migration.capability[c]).toBe(CAPABILITY_LABELS[c]);
      expect(en.migration.moveLower[c]).toBe(CAPABILITY_LABELS[c].toLowerCase());
    }
  });

  it("describe every bridge and every move of the recommended path as core/migration does", () => {
    expect(Object.keys(en.migration.bridge).sort()).toEqual([...BRIDGES].sort());
    expect(Object.keys(zhCN.migration.bridge).sort()).toEqual([...BRIDGES].sort());
    for (const move of RECOMMENDED_MOVES) {
      expect(en.migration.buysOf[move.capability]).toBe(move.buys);
      expect(en.migration.risksOf[move.capability]).toBe(move.risks);
      expect(zhCN.migration.buysOf[move.capability]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
