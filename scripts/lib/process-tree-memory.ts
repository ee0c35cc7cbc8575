// The memory of a process and everything it started, read from /proc (Linux): the benches' "RSS of everything
// `npm start` leaves running" row. RSS counts pages shared between processes (the node binary's code, libraries)
// once per process, so the sum over a tree over-counts what the machine spends; PSS shares each such page out
// between the processes that map it, so the PSS sum is what the tree really costs. The row's goal is on the RSS
// sum: the stricter number, and the one a task manager shows.
import { readFileSync, readdirSync } from "node:fs";

export type ProcessMemory = { pid: number; ppid: number; command: string; rssMb: number; pssMb: number };

/** "VmRSS: 123 kB" style fields of /proc/<pid>/status or smaps_rollup, in MB; NaN when absent. */
export function fieldMb(text: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text);
  return m ? Number(m[1]) / 1024 : NaN;
}

/** The parent pid from /proc/<pid>/stat (the command name in parentheses may itself hold spaces and parentheses). */
export function parentPid(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null; // the process ended while we looked, or it is not ours to read
  }
}

/** Every live process's parent, by pid. */
export function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (stat) map.set(Number(entry), parentPid(stat));
  }
  return map;
}

/** The pids of `root` and all its descendants, root first, then breadth first. */
export function descendants(root: number, parentOf: Map<number, number>): number[] {
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parentOf) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** RSS and PSS of `root` and every process under it. */
export function processTreeMemory(root: number): ProcessMemory[] {
  const parentOf = parents();
  const rows: ProcessMemory[] = [];
  for (const pid of descendants(root, parentOf)) {
    const status = read(`/proc/${pid}/status`);
    if (!status) continue;
    const cmdline = (read(`/proc/${pid}/cmdline`) ?? "").split("\0").filter(Boolean).join(" ");
    rows.push({
      pid,
      ppid: parentOf.get(pid) ?? 0,
      command: cmdline || (/^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?"),
      rssMb: fieldMb(status, "VmRSS"),
      pssMb: fieldMb(read(`/proc/${pid}/smaps_rollup`) ?? "", "Pss"),
    });
  }
  return rows;
}

/** Sums of a tree's RSS and PSS, in MB. */
export function treeTotals(rows: ProcessMemory[]): { rssMb: number; pssMb: number; processes: number } {
  return {
    rssMb: rows.reduce((s, r) => s + (r.rssMb || 0), 0),
    pssMb: rows.reduce((s, r) => s + (r.pssMb || 0), 0),
    processes: rows.length,
  };
}

/** One line per process: "  1234  312 MB rss  290 MB pss  node --import tsx scripts/serve.ts". */
export function describeTree(rows: ProcessMemory[]): string {
  return rows
    .map(
      (r) =>
        `  ${String(r.pid).padStart(7)} ${r.rssMb.toFixed(0).padStart(5)} MB rss ${r.pssMb.toFixed(0).padStart(5)} MB pss  ${r.command.slice(0, 90)}`,
    )
    .join("\n");
}
