// Turns a V8 .cpuprofile into "where the busy time went" by part of the app. Each sample is charged to the
// innermost frame of its stack that belongs to a known part (a span recorded from inside a Prisma query counts
// as spans; a query started while rendering counts as Prisma); samples with no known frame count as "other".
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";

export type CpuProfile = {
  startTime: number;
  endTime: number;
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
};

export type Part = [string, (url: string, fn: string) => boolean];

/** Checked in order for each frame: the first part whose test matches names the frame. */
const PARTS: Part[] = [
  ["idle", (_u, fn) => fn === "(idle)"],
  ["garbage collection", (_u, fn) => fn === "(garbage collector)"],
  [
    "spans (OpenTelemetry + lens store)",
    (u, fn) => /opentelemetry|lens-span|with-lens-span|lens-visitors|span-store/.test(u) || /LensSpan|toLensSpan/.test(fn),
  ],
  ["Prisma + libSQL driver", (u) => /@prisma|prisma-client|libsql|query_engine|query_compiler/.test(u)],
  ["session + CSRF + cookies", (u, fn) => /session|csrf|cookie/i.test(u) || /getSessionContext|csrfTokenFor|hashSessionId/.test(fn)],
  ["writes (recently viewed, session rows)", (u) => /record-recently-viewed|start-user-session/.test(u)],
  ["proxy (middleware)", (u) => /middleware|proxy/.test(u)],
  ["module loading (start-up)", (u, fn) => /\[turbopack\]_runtime|cjs\/loader|source_map/.test(u) || fn === "wrapSafe"],
  ["async context (AsyncLocalStorage hooks)", (u) => /async_hooks|async_local_storage/.test(u)],
  [
    "React rendering (RSC + HTML)",
    (u) => /react-dom|react-server|server\.edge|server\.node|react\.production|app-page|chunks\/ssr\//.test(u),
  ],
  ["Next.js request handling", (u) => /next\/dist|\.next\//.test(u)],
  ["Node.js (http, streams, crypto)", (u) => u.startsWith("node:") || u === ""],
];

/**
 * The image pipelines' parts (scripts/bench-pipeline.ts BENCH_CPU_PROF): the Workflow SDK (its runtime, the local
 * world's queue and event log, the workflow and step bundles it evaluates), sharp's JavaScript side (its decoding and
 * encoding run on libuv's threads, not in this profile), the search index (monolith in process, the serverless
 * artifact), then the page parts.
 */
export const PIPELINE_PARTS: Part[] = [
  ...PARTS.slice(0, 2),
  ["Workflow SDK (runtime, local world, bundles)", (u) => /@workflow|\/workflow\/dist|\.well-known\/workflow|world-local/.test(u)],
  ["sharp (JS side)", (u) => /\/sharp\//.test(u)],
  ["search index (minisearch, build/serialize)", (u) => /minisearch|search-index|search-artifact|search-catalog/.test(u)],
  ...PARTS.slice(2),
];

/** The functions with the most self time (url:line shortened), for what the parts do not say. */
export function topFunctions(profile: CpuProfile, n = 15, lastMs = Infinity): { fn: string; ms: number }[] {
  const from = profile.endTime - lastMs * 1000;
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const ms = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from) return;
    const { functionName, url } = byId.get(id)!.callFrame;
    if (functionName === "(idle)") return;
    const key = `${functionName || "(anonymous)"} ${url.replace(/^.*node_modules\//, "").replace(/^.*\.next\//, ".next/")}`;
    ms.set(key, (ms.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...ms]
    .map(([fn, v]) => ({ fn, ms: v }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n);
}

/** Each node of the profile by id, and each node's parent (V8 lists only children). */
function nodeIndex(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/** `lastMs`: only the samples of the profile's last `lastMs` milliseconds (the load, not the server's start-up). */
export function breakdown(profile: CpuProfile, lastMs = Infinity, parts: Part[] = PARTS): { part: string; ms: number; percent: number }[] {
  const from = profile.endTime - lastMs * 1000; // µs
  const { byId, parent } = nodeIndex(profile);
  const partOfNode = new Map<number, string>();
  const partOf = (id: number): string => {
    const known = partOfNode.get(id);
    if (known) return known;
    const { url, functionName } = byId.get(id)!.callFrame;
    let part = parts.find(([, test]) => test(url, functionName))?.[0];
    // "Node.js" only when nothing above is one of ours: walk up for a more specific part first.
    if (!part || part.startsWith("Node.js")) {
      const up = parent.get(id);
      const above = up === undefined ? undefined : partOf(up);
      part = above && above !== "other" ? above : (part ?? "other");
    }
    partOfNode.set(id, part);
    return part;
  };
  const ms = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from) return;
    const part = partOf(id);
    ms.set(part, (ms.get(part) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const busy = [...ms].filter(([p]) => p !== "idle").reduce((s, [, v]) => s + v, 0);
  return [...ms].map(([part, v]) => ({ part, ms: v, percent: part === "idle" ? NaN : (v / busy) * 100 })).sort((a, b) => b.ms - a.ms);
}

/**
 * Self time by original source, through the build's source maps: Turbopack bundles packages and our files into
 * hashed chunks, so a chunk's URL says nothing; its map says which package (npm:name) or file of ours a frame came
 * from. `ours` adds the inclusive time of our own files (a file's time with everything it called).
 */
export function bySource(profile: CpuProfile, lastMs = Infinity): { self: [string, number][]; ours: [string, number][]; busy: number } {
  const from = profile.endTime - lastMs * 1000;
  const maps = new Map<string, SourceMap | null>();
  const mapFor = (url: string): SourceMap | null => {
    if (!maps.has(url)) {
      let map: SourceMap | null = null;
      try {
        const file = url.startsWith("file://") ? new URL(url).pathname : url;
        if (file.includes("/.next/") && existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    return maps.get(url) ?? null;
  };
  const { byId, parent } = nodeIndex(profile);
  const names = new Map<number, string>();
  const sourceOf = (id: number): string => {
    const known = names.get(id);
    if (known) return known;
    const { url, functionName, lineNumber = 0, columnNumber = 0 } = byId.get(id)!.callFrame;
    let src = url;
    if (!url) src = functionName || "(native)";
    // The server's only WebAssembly is Prisma's query compiler (engineType "client"); libSQL and sharp are native.
    else if (url.startsWith("wasm://")) src = "WebAssembly (Prisma's query compiler)";
    else {
      const entry = mapFor(url)?.findEntry(lineNumber, columnNumber) as { originalSource?: string } | undefined;
      if (entry?.originalSource) src = entry.originalSource;
      src = src.replace(/^file:\/\//, "").replace(/^.*\[project\]\//, "");
      const pkg = /node_modules\/((?:@|%40)[^/]+\/[^/]+|[^/]+)/.exec(src);
      if (pkg) src = `npm:${pkg[1]!.replace("%40", "@")}`;
      else if (src.startsWith("node:")) src = "Node.js internals";
      else src = src.replace(/^(\.\.\/)+/, "").replace(/^.*\/(scripts|app|core|infra|lens|monolith|serverless|components|i18n)\//, "$1/");
    }
    names.set(id, src);
    return src;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const src = sourceOf(id);
    if (src === "(idle)") return;
    busy += ms;
    self.set(src, (self.get(src) ?? 0) + ms);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const s = sourceOf(x);
      if (seen.has(s)) continue;
      seen.add(s);
      inclusive.set(s, (inclusive.get(s) ?? 0) + ms);
    }
  });
  const ours = [...inclusive].filter(([s]) =>
    /^(app|core|infra|lens|monolith|serverless|components|i18n|scripts)\/|^(proxy|instrumentation)\.ts$/.test(s),
  );
  return { self: [...self].sort((a, b) => b[1] - a[1]), ours: ours.sort((a, b) => b[1] - a[1]), busy };
}
