import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { descendants, fieldMb, parentPid, processTreeMemory, treeTotals } from "./process-tree-memory";

describe("process tree memory", () => {
  it("reads the parent pid even when the command name holds spaces and parentheses", () => {
    expect(parentPid("4242 (node (a) b) S 17 4242 4242 0 -1 4194560")).toBe(17);
  });

  it("reads kB fields as MB, NaN when absent", () => {
    expect(fieldMb("Name:\tnode\nVmRSS:\t  102400 kB\n", "VmRSS")).toBe(100);
    expect(fieldMb("Rss: 1 kB\nPss:  2048 kB\n", "Pss")).toBe(2);
    expect(fieldMb("Name: node\n", "VmRSS")).toBeNaN();
  });

  it("walks every descendant, grandchildren included, and nothing else", () => {
    const parentOf = new Map([
      [1, 0],
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
    ]);
    expect(descendants(10, parentOf)).toEqual([10, 11, 12, 13]);
  });

  it.skipIf(process.platform !== "linux")("sums a real tree: this process and a child it started", async () => {
    // Sampled once the child says it runs: right after "spawn" it may still be the bare executable (~3 MB), not Node.
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 5000); process.stdout.write('ready')"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    await new Promise((r) => child.stdout.once("data", r));
    try {
      const rows = processTreeMemory(process.pid);
      expect(rows[0]!.pid).toBe(process.pid);
      const mine = rows.find((r) => r.pid === child.pid)!;
      expect(mine.command).toContain("setTimeout");
      expect(mine.rssMb).toBeGreaterThan(5);
      const totals = treeTotals(rows);
      expect(totals.processes).toBe(rows.length);
      expect(totals.rssMb).toBeGreaterThanOrEqual(rows[0]!.rssMb + mine.rssMb);
      expect(totals.pssMb).toBeLessThanOrEqual(totals.rssMb);
    } finally {
      child.kill();
    }
  });
});
