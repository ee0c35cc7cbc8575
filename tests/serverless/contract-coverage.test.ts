// The serverless contract is the only declaration of each response shape, and a handler cannot answer a body its
// schema rejects: every data-API, function, token and upload handler answers a success through contractJson
// (serverless/gateway/contract-json.ts), which parses the body with its schema from core/contract/serverless-api.ts
// and throws on a mismatch (its own unit test; the integration tests of each handler then fail on the 500).
// This test keeps the first half true: a handler that builds its JSON by hand fails here, naming the file.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
// The folders whose handlers speak the serverless HTTP contract.
const CONTRACT_FOLDERS = ["serverless/data-api", "serverless/functions", "serverless/token", "serverless/uploads"];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe("the serverless contract", () => {
  const files = CONTRACT_FOLDERS.flatMap(sourceFiles);

  it("finds the handlers it guards", () => {
    // If the folders move, this test must move with them rather than pass over nothing.
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => readFileSync(path.join(root, f), "utf8").includes("contractJson(")).length).toBeGreaterThanOrEqual(9);
  });

  it("has every handler answer through its schema, never with hand-built JSON", () => {
    const handBuilt = files.filter((f) =>
      /\b(?:Next)?Response\.json\(|new Response\(\s*JSON\.stringify/.test(readFileSync(path.join(root, f), "utf8")),
    );
    expect(handBuilt, "answer with contractJson(schema, body) and declare the shape in core/contract/serverless-api.ts").toEqual([]);
  });
});
