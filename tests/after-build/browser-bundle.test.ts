// What the published API costs the browser: nothing of the OpenAPI document reaches a browser bundle (it is built
// on the server for /api/openapi.json), and the reference page's viewer (Swagger UI) is fetched from this server
// when /architecture/api opens, never bundled into the app's JavaScript. Reads the built app's files (after
// `npm run build`); prints the API page's own client JavaScript beside its sibling /architecture's as the baseline.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const next = path.resolve(import.meta.dirname, "../../.next");
const chunksDir = path.join(next, "static/chunks");
const chunks = readdirSync(chunksDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));

/** The client chunks a page's client components load (its client reference manifest), in KB. */
function pageClientKb(route: string): { files: number; kb: number } {
  const manifest = readFileSync(path.join(next, "server/app", route, "page_client-reference-manifest.js"), "utf8");
  const files = [...new Set(manifest.match(/static\/chunks\/[\w./-]+\.js/g) ?? [])];
  const bytes = files.reduce((n, f) => n + statSync(path.join(next, f)).size, 0);
  return { files: files.length, kb: Math.round(bytes / 102.4) / 10 };
}

describe("the browser's share of the published API (built app)", () => {
  it("no browser chunk holds the OpenAPI document or the Swagger UI bundle", () => {
    expect(chunks.length).toBeGreaterThan(10);
    const holding = (needle: string) => chunks.filter((f) => readFileSync(path.join(chunksDir, f), "utf8").includes(needle));
    // The document's title and the viewer bundle's export: present in the server's files, absent here.
    expect(holding("Pet Store Twin — serverless API")).toEqual([]);
    expect(holding("exports.SwaggerUIBundle=")).toEqual([]);
    // The server does carry the document: the search above would find it if it were bundled for the browser.
    const server = readdirSync(path.join(next, "server/chunks"), { encoding: "utf8" }).filter((f) => f.endsWith(".js"));
    expect(server.some((f) => readFileSync(path.join(next, "server/chunks", f), "utf8").includes("Pet Store Twin — serverless API"))).toBe(
      true,
    );
  });

  it("the API reference page's own client JavaScript, against /architecture's", () => {
    const api = pageClientKb("architecture/api");
    const sibling = pageClientKb("architecture");
    console.log(
      `client JS: /architecture/api ${api.kb} KB in ${api.files} chunks; /architecture ${sibling.kb} KB in ${sibling.files} chunks`,
    );
    expect(api.files).toBeGreaterThan(0);
  });
});
