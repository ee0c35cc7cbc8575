// The slow-test report printed at the end of `npm test`: ranked by duration ÷ limit, ten lines, and a verdict
// that names tests at half their limit or more.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clearDurations, readDurations, slowestReport, writeDurations, type TimedTest } from "../../scripts/lib/test-durations";

const t = (name: string, durationMs: number, limitMs: number, status = "passed"): TimedTest => ({
  suite: "unit",
  name,
  durationMs,
  limitMs,
  status,
});

describe("slowestReport", () => {
  it("ranks by duration ÷ limit, not by duration, and keeps ten", () => {
    const tests = [
      t("long but roomy", 60_000, 300_000),
      t("short but tight", 20_000, 30_000),
      ...Array.from({ length: 12 }, (_, i) => t(`quick ${i}`, 100 + i, 30_000)),
    ];
    const lines = slowestReport(tests).split("\n");
    expect(lines[0]).toBe("The 10 tests nearest their time limits (duration ÷ limit):");
    expect(lines[1]).toMatch(/^! 0\.67 +20\.0 s of +30\.0 s +\[unit\] short but tight$/);
    expect(lines[2]).toMatch(/^ {2}0\.20 +60\.0 s of +300\.0 s +\[unit\] long but roomy$/);
    expect(lines).toHaveLength(1 + 10 + 1);
    expect(lines.at(-1)).toBe("1 of 14 tests took half their time limit or more (marked !): on a machine twice as busy they time out.");
  });

  it("says so when every test is well inside its limit, and shows a failed test's status", () => {
    const report = slowestReport([t("a", 1_000, 30_000), t("b", 2_000, 30_000, "failed")]);
    expect(report).toContain("[unit] b (failed)");
    expect(report.split("\n").at(-1)).toBe("All 2 tests took less than half their time limit.");
  });

  it("lists a test without a limit last, without a ratio", () => {
    const lines = slowestReport([t("unbounded", 90_000, 0), t("bounded", 1_000, 30_000)]).split("\n");
    expect(lines[1]).toContain("bounded");
    expect(lines[2]).toMatch(/ {2}— +90\.0 s of no limit +\[unit\] unbounded/);
  });

  it("says where durations come from when there are none", () => {
    expect(slowestReport([])).toMatch(/No test durations recorded/);
  });
});

describe("the durations folder", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads back what every runner wrote, and is empty after clearing", () => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), "durations-")), "d");
    expect(readDurations(dir)).toEqual([]);
    writeDurations("unit", [t("a", 1, 10)], dir);
    writeDurations("e2e", [t("b", 2, 10)], dir);
    expect(
      readDurations(dir)
        .map((x) => x.name)
        .sort(),
    ).toEqual(["a", "b"]);
    clearDurations(dir);
    expect(readDurations(dir)).toEqual([]);
  });
});
