// The CPU time of a process and everything it started, from /proc (Linux): how the crash test and the soak check
// that a server nobody uses is idle (issue 32: a hot loop kept one at 108 % of a core).
import { readFileSync } from "node:fs";
import { descendants, parents } from "./process-tree-memory";

const TICKS_PER_S = 100; // USER_HZ on Linux

/** user + system CPU seconds used so far by `root` and its live descendants. */
export function treeCpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of descendants(root, parents())) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // ended while we looked
    }
  }
  return ticks / TICKS_PER_S;
}

/** Percent of one core the tree used over the next `ms`. */
export async function treeCpuPercent(root: number, ms: number): Promise<number> {
  const before = treeCpuSeconds(root);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  return ((treeCpuSeconds(root) - before) / ((performance.now() - t0) / 1000)) * 100;
}
