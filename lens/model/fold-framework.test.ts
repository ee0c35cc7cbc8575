import { describe, expect, it } from "vitest";
import type { LensSpan } from "./span";
import { groupTraces } from "./span-store";
import { summarizeTrace } from "./summarize-trace";
import { foldFrameworkRows, rowLabel } from "./fold-framework";

const span = (id: string, parent: string | undefined, component: LensSpan["component"], name: string, next = false, at = 0): LensSpan => ({
  traceId: "a".repeat(32),
  spanId: id.padStart(16, "0"),
  parentSpanId: parent?.padStart(16, "0"),
  name,
  component,
  mode: "serverless",
  startMs: 1_000 + at,
  durationMs: 10,
  status: "ok",
  attributes: next ? { "next.span_type": "x", "next.span_name": name } : {},
});

describe("architecture only", () => {
  const trace = groupTraces([
    span("1", undefined, "browser", "search", false, 0),
    span("2", "1", "gateway", "GET /api/functions/search", true, 1),
    span("3", "2", "gateway", "resolve segment modules", true, 2),
    span("4", "3", "gateway", "load route module", true, 3),
    span("5", "4", "search-function", "search function", false, 4),
    span("6", "5", "storage", "read index", false, 5),
    span("7", "5", "database", "prisma:query", false, 6),
  ])[0]!;
  const rows = summarizeTrace(trace).rows;

  it("folds the framework's spans into their component and keeps every hop", () => {
    const folded = foldFrameworkRows(rows);
    expect(folded.map((r) => r.span.name)).toEqual([
      "search",
      "GET /api/functions/search",
      "search function",
      "read index",
      "prisma:query",
    ]);
    expect(folded.map((r) => r.depth)).toEqual([0, 1, 2, 3, 3]);
    expect(folded.find((r) => r.span.name === "GET /api/functions/search")?.folded).toBe(2);
  });

  it("shows everything when there is no framework span", () => {
    const plain = rows.map((r) => ({ ...r, span: { ...r.span, attributes: {} } }));
    expect(foldFrameworkRows(plain)).toHaveLength(rows.length);
  });
});

describe("a row's label", () => {
  it("names the request a bare method stands for, and leaves other names alone", () => {
    const root = { ...span("1", undefined, "web-server", "GET"), attributes: { "http.target": "/monolith/search?q=cat" } };
    expect(rowLabel(root)).toBe("GET /monolith/search?q=cat");
    expect(rowLabel(span("2", "1", "web-server", "render route (app) /monolith/search"))).toBe("render route (app) /monolith/search");
    expect(rowLabel(span("3", "1", "web-server", "GET"))).toBe("GET");
  });
});
