// The real scripts, in temporary folders: a first-run problem ends in one sentence and a non-zero exit code,
// before any slow step. (No build needed: these stop in the preflight.)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "pst-scripts-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runScript(script: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(script.endsWith(".mjs") ? [] : ["--import", "tsx"]), path.join(root, script)], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("preflight in the real scripts", () => {
  it("npm start on a busy port says what is on it and how to pick another", async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, "0.0.0.0", r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, out } = await runScript("scripts/start.mjs", { DATA_DIR: path.join(scratch, "busy"), PORT: String(port) });
      expect(code).toBe(1);
      // This test process holds the port; lsof/ss name it when the machine has them.
      expect(out).toMatch(
        new RegExp(
          `Port ${port} is already in use by (node \\(pid ${process.pid}\\)|another program)\\. Stop that program, or use another port: PORT=${port + 1} npm start`,
        ),
      );
      expect(out).not.toMatch(/\n\s+at /); // no stack trace
      expect(out).not.toMatch(/Database migrations/); // stopped before the slow steps
    } finally {
      blocker.close();
    }
  });

  it("a data folder that cannot be a folder is named, with the reason", async () => {
    // Under a regular file: refused even for root (chmod would not stop root, and tests may run as root).
    writeFileSync(path.join(scratch, "file.txt"), "x");
    const dataDir = path.join(scratch, "file.txt/sub");
    for (const script of ["scripts/start.mjs", "scripts/seed.ts"]) {
      const { code, out } = await runScript(script, { DATA_DIR: dataDir, PORT: "3619" });
      expect(code, script).toBe(1);
      expect(out, script).toContain(`The data folder ${dataDir} cannot be written: part of that path is a file, not a folder.`);
      expect(out, script).not.toMatch(/\n\s+at /);
    }
  });
});
