// No circles in the import graph (issue 26). A circle makes load order matter (one module sees another half
// initialised), and it means two files are one concept in two homes. eslint's import/no-cycle finds the same
// circles but doubled the time of `npm run lint`; this reads the files as text in about a second.
// What counts: every `import … from`, `export … from` and `import("…")` of our own files (relative or `@/`),
// dynamic ones included (a lazy import hides a circle, it does not remove it); type-only imports do not count
// (they vanish when compiled). The folder directions themselves are eslint's (import/no-restricted-paths).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set(["node_modules", ".next", ".vercel", "data", "test-results", "playwright-report", ".git", "public"]);
const EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".js"];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null; // a package
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`))]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The runtime imports of one file's text: static, re-exports and dynamic; `import type` / all-`type` lists skipped. */
export function runtimeImports(text: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s*["']([^"']+)["']/gm;
  for (const m of text.matchAll(statement)) {
    const [, , typeOnly, what = "", specifier = ""] = m;
    if (typeOnly) continue;
    const braces = /^\{([^}]*)\}$/.exec(what.trim());
    const names = (braces?.[1] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (braces && names.length > 0 && names.every((n) => n.startsWith("type "))) continue;
    found.push(specifier);
  }
  for (const m of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) found.push(m[1] ?? "");
  for (const m of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1] ?? "");
  return found;
}

/** Strongly connected components of more than one file (or a file importing itself): Tarjan's algorithm. */
export function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return found;
}

describe("the import graph", () => {
  it("finds a circle, lazy or not, and ignores type-only imports (the checker itself)", () => {
    expect(
      runtimeImports(
        `import { a } from "./a";\nimport type { B } from "./b";\nimport { type C } from "./c";\nconst d = await import("./d");`,
      ),
    ).toEqual(["./a", "./d"]);
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(circles(graph)).toEqual([["a", "b", "c"]]);
    expect(
      circles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("has no circles", () => {
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(root)) {
      const targets = runtimeImports(readFileSync(file, "utf8"))
        .map((specifier) => resolve(file, specifier))
        .filter((target): target is string => target !== null);
      graph.set(path.relative(root, file), [...new Set(targets.map((t) => path.relative(root, t)))]);
    }
    expect(graph.size).toBeGreaterThan(500);
    expect(circles(graph).map((files) => files.join(" → "))).toEqual([]);
  }, 60_000);
});
