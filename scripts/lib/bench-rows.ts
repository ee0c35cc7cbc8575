// One row of issue 13's table as every benchmark script reports it. Each script prints its own rows; when
// `npm run bench` (scripts/bench.ts) runs it as a child, it also appends them as JSON lines to BENCH_ROWS_FILE, so
// the parent prints one table of every row and decides the exit code.
import { appendFileSync } from "node:fs";

/** met: true/false when measured against its goal here, null when the row only informs (a compare row). */
export type BenchRow = { measure: string; value: string; goal: string; met: boolean | null };

export function recordRows(rows: readonly BenchRow[], file = process.env.BENCH_ROWS_FILE): void {
  if (!file) return;
  appendFileSync(file, rows.map((r) => JSON.stringify(r) + "\n").join(""));
}

export function parseRows(text: string): BenchRow[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as BenchRow);
}

export function rowsTable(rows: readonly BenchRow[]): string {
  const mark = (met: boolean | null) => (met === null ? "—" : met ? "yes" : "NO");
  return [
    "| measure | value | goal | met |",
    "|---|---:|---:|:---:|",
    ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.goal} | ${mark(r.met)} |`),
  ].join("\n");
}

export function missedGoals(rows: readonly BenchRow[]): number {
  return rows.filter((r) => r.met === false).length;
}

/** "load average a b c → x y z": how busy the machine was across a run (only same-run ratios mean anything). */
export function loadAverageChange(before: readonly number[], after: readonly number[]): string {
  const fmt = (l: readonly number[]) => l.map((n) => n.toFixed(2)).join(" ");
  return `load average ${fmt(before)} → ${fmt(after)}`;
}
