// A 50-phone room against the built app: `npm run bench:room -- --phones 50 --correctness` — fifty phones, each on
// its own loopback address, join with the run's code, follow the event stream and answer; the presenter's stream
// counts every answer and every phone sees the reveal, with no error. (Timing goals are the full bench's, at 300.)
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../free-port";

const root = path.resolve(import.meta.dirname, "../..");

describe("a room of 50 phones", () => {
  it("joins, answers and sees the reveal without an error", async () => {
    // BENCH_PORT pins the port (a machine that hands out port ranges); otherwise any free one.
    const port = Number(process.env.BENCH_PORT) || (await freePort());
    const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench-room.ts", "--phones", "50", "--correctness"], {
        cwd: root,
        env: { ...process.env, BENCH_PORT: String(port) },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let text = "";
      child.stdout.on("data", (d: Buffer) => (text += d.toString()));
      child.stderr.on("data", (d: Buffer) => (text += d.toString()));
      child.on("exit", (c) => resolve({ code: c, out: text }));
    });
    expect(code, out).toBe(0);
    expect(out).toMatch(/50 of 50 phones joined; 50 answered/);
    expect(out).toMatch(/ok {3}errors\s+0/);
  });
});
