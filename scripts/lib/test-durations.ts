// Every test runner in `npm test` writes each test's duration and time limit to data/test-durations/<runner>.json
// (tests/reporters/), and `npm run test:slowest` prints the ten nearest their limits once the chain has run.
// A test that needs most of its limit on a quiet machine fails on a busy one: the aim is below half.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export type TimedTest = {
  /** Which runner or project ran it: "unit", "after-build", "crash", "e2e serverless", … */
  suite: string;
  name: string;
  durationMs: number;
  /** 0 when the test has no limit. */
  limitMs: number;
  status: string;
};

/** Half the limit: above this a test is "near its limit" (it would time out on a machine twice as slow). */
export const NEAR_LIMIT = 0.5;

export const durationsDir = path.resolve(import.meta.dirname, "../../data/test-durations");

export function writeDurations(runner: string, tests: TimedTest[], dir = durationsDir): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${runner}.json`), `${JSON.stringify(tests, null, 1)}\n`);
}

export function readDurations(dir = durationsDir): TimedTest[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files.flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as TimedTest[]);
}

/** Forgets the last run's durations, so a report never mixes two runs. */
export function clearDurations(dir = durationsDir): void {
  rmSync(dir, { recursive: true, force: true });
}

const ratio = (t: TimedTest) => (t.limitMs > 0 ? t.durationMs / t.limitMs : 0);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The `count` tests with the highest duration ÷ limit, one line each, and a verdict line. */
export function slowestReport(tests: TimedTest[], count = 10): string {
  if (tests.length === 0) return "No test durations recorded (the runners write them to data/test-durations).";
  const ranked = [...tests].sort((a, b) => ratio(b) - ratio(a) || b.durationMs - a.durationMs).slice(0, count);
  const near = tests.filter((t) => ratio(t) >= NEAR_LIMIT);
  const lines = ranked.map((t) => {
    const share = t.limitMs > 0 ? ratio(t).toFixed(2) : "  — ";
    const flag = ratio(t) >= NEAR_LIMIT ? "!" : " ";
    return `${flag} ${share}  ${seconds(t.durationMs).padStart(7)} of ${(t.limitMs > 0 ? seconds(t.limitMs) : "no limit").padStart(7)}  [${t.suite}] ${t.name}${t.status === "passed" ? "" : ` (${t.status})`}`;
  });
  const verdict =
    near.length === 0
      ? `All ${tests.length} tests took less than half their time limit.`
      : `${near.length} of ${tests.length} tests took half their time limit or more (marked !): on a machine twice as busy they time out.`;
  return [`The ${ranked.length} tests nearest their time limits (duration ÷ limit):`, ...lines, verdict].join("\n");
}
