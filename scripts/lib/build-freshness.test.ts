import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildReason } from "./build-freshness";

const app = mkdtempSync(path.join(tmpdir(), "pst-freshness-"));
afterAll(() => rmSync(app, { recursive: true, force: true }));

const at = (seconds: number) => new Date(1_700_000_000_000 + seconds * 1000);

describe("buildReason", () => {
  it("asks for a build when there is none, and again when a source is newer than the build", () => {
    mkdirSync(path.join(app, "core/sub"), { recursive: true });
    writeFileSync(path.join(app, "core/sub/rule.ts"), "x");
    utimesSync(path.join(app, "core/sub/rule.ts"), at(0), at(0));
    expect(buildReason(app, ["core"])).toBe("no previous build");

    mkdirSync(path.join(app, ".next/server"), { recursive: true });
    for (const f of ["BUILD_ID", "routes-manifest.json", "required-server-files.json"]) writeFileSync(path.join(app, ".next", f), "x");
    utimesSync(path.join(app, ".next/BUILD_ID"), at(10), at(10));
    expect(buildReason(app, ["core", "missing.ts"])).toBeNull();

    utimesSync(path.join(app, "core/sub/rule.ts"), at(20), at(20));
    expect(buildReason(app, ["core"])).toBe(`${path.join("core", "sub", "rule.ts")} changed since the last build`);

    rmSync(path.join(app, ".next/server"), { recursive: true });
    expect(buildReason(app, ["core"])).toBe("the previous build did not finish");
  });
});
