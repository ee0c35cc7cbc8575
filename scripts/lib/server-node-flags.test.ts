import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./preflight";
import { SERVER_NODE_FLAGS } from "./server-node-flags";

describe("the server's Node flags", () => {
  it("npm start runs scripts/start.ts (which serves in its own process) with exactly the flags spawned servers get", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(["node", ...SERVER_NODE_FLAGS, "--import", "tsx", "scripts/start.ts"].join(" "));
  });

  it("are flags Node accepts", async () => {
    const { execFileSync } = await import("node:child_process");
    expect(execFileSync(process.execPath, [...SERVER_NODE_FLAGS, "-p", "1+1"], { encoding: "utf8" }).trim()).toBe("2");
  });
});
