import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildState, checkDataFolderWritable, nodeVersionProblem } from "./preflight";

const scratch = mkdtempSync(path.join(tmpdir(), "pst-preflight-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("nodeVersionProblem", () => {
  it("accepts the minimum and newer", () => {
    expect(nodeVersionProblem("20.19.0", ">=20.19")).toBeNull();
    expect(nodeVersionProblem("v22.3.1", ">=20.19")).toBeNull();
    expect(nodeVersionProblem("20.20.2", ">=20.19")).toBeNull();
  });
  it("names the version to install when older", () => {
    expect(nodeVersionProblem("20.18.3", ">=20.19")).toMatch(
      /^This is Node.js 20.18.3, and Pet Store Twin needs 20.19 or newer: install the current Node.js 20 LTS or later/,
    );
    expect(nodeVersionProblem("18.20.0", ">=20.19")).toMatch(/needs 20.19 or newer/);
  });
});

describe("checkDataFolderWritable", () => {
  it("creates a missing folder", () => {
    checkDataFolderWritable(path.join(scratch, "a/b"), "npm start");
  });
  it("says which folder and why when part of the path is a file", () => {
    writeFileSync(path.join(scratch, "file.txt"), "x");
    const dir = path.join(scratch, "file.txt/sub");
    expect(() => checkDataFolderWritable(dir, "npm start")).toThrow(
      `The data folder ${dir} cannot be written: part of that path is a file, not a folder. Point DATA_DIR at a folder you can write to, e.g. DATA_DIR=./data npm start`,
    );
  });
});

describe("buildState", () => {
  it("tells a finished build from an interrupted one", () => {
    const app = path.join(scratch, "app");
    expect(buildState(app)).toBe("none");
    mkdirSync(path.join(app, ".next/server"), { recursive: true });
    expect(buildState(app)).toBe("incomplete");
    for (const f of ["BUILD_ID", "routes-manifest.json", "required-server-files.json"]) writeFileSync(path.join(app, ".next", f), "x");
    expect(buildState(app)).toBe("complete");
    rmSync(path.join(app, ".next/server"), { recursive: true });
    expect(buildState(app)).toBe("incomplete");
  });
});
