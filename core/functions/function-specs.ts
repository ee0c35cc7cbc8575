// The one declaration of every serverless function's deployment settings: which route files make it up,
// the memory it is given and how long it may run. Two readers use it, so they cannot drift apart:
// - the runtime model on this machine bills GB-seconds with `memoryMb` (serverless/runtime/invocation-log);
// - `vercel.json` gives each function its own bundle with the same memory and maxDuration on Vercel (a unit
//   test checks vercel.json equals vercelFunctionsConfig(); docs/decisions/016-vercel-function-bundles.md).
// Vercel's Next.js builder packs routes whose settings are identical into one bundle, so two functions must
// never share the same memory + maxDuration pair: a test checks that, and tests/deploy checks the build.
// ARCH: the monolith has no such table: it is one process with one memory size, whatever the request.

export type FunctionSpec = {
  /** The name the runtime model and the invocation log use (`pipeline` covers every `pipeline:<step>`). */
  name: string;
  /** Source files (relative to the repository root) that become this function's bundle(s) on Vercel. */
  routes: readonly string[];
  memoryMb: number;
  /** Seconds, or "max": the plan's limit (the Workflow SDK sets its step route to that and overrides vercel.json). */
  maxDuration: number | "max";
  /**
   * The runtime model's timeout on this machine: an invocation still running then is stopped (504 for an HTTP
   * function, a failed attempt the workflow retries for a step). Never above maxDuration.
   */
  timeoutMs: number;
  /** Why this size and limit, in a sentence. */
  why: string;
};

export const DEFAULT_FUNCTION_MEMORY_MB = 512;
export const DEFAULT_FUNCTION_TIMEOUT_MS = 10_000;

const DATA_API_ROUTES = [
  "app/api/baas/categories/route.ts",
  "app/api/baas/categories/[slug]/pets/route.ts",
  "app/api/baas/pets/route.ts",
  "app/api/baas/pets/[id]/route.ts",
  "app/api/baas/orders/route.ts",
  "app/api/baas/orders/[id]/route.ts",
] as const;

export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  {
    name: "search",
    routes: ["app/api/functions/search/route.ts"],
    memoryMb: 1024,
    maxDuration: 10,
    timeoutMs: 10_000,
    why: "Holds the whole search index in memory; a cold start reads it from blob storage.",
  },
  {
    name: "purchase",
    routes: ["app/api/functions/purchase/route.ts"],
    memoryMb: 512,
    maxDuration: 15,
    timeoutMs: 10_000,
    why: "One database transaction per order, which may wait for the write lock; nothing kept in memory.",
  },
  {
    name: "data-api",
    routes: DATA_API_ROUTES,
    memoryMb: 512,
    maxDuration: 10,
    timeoutMs: 10_000,
    why: "Reads a page of catalog or order rows and returns JSON.",
  },
  {
    name: "token",
    routes: ["app/api/baas/token/route.ts"],
    memoryMb: 256,
    maxDuration: 5,
    timeoutMs: 5_000,
    why: "Signs one short-lived token: the smallest function there is.",
  },
  {
    name: "upload-token",
    // With Vercel Blob also the handleUpload route: client tokens and the upload-completed callback.
    routes: ["app/api/serverless/uploads/route.ts", "app/api/serverless/uploads/blob/route.ts"],
    memoryMb: 256,
    maxDuration: 10,
    timeoutMs: 10_000,
    why: "Checks the admin and signs a one-photo upload token.",
  },
  {
    // With Vercel Blob the browser uploads to the blob store itself (upload() from @vercel/blob/client); this
    // route is the local stand-in for it, used when no BLOB_READ_WRITE_TOKEN is set.
    name: "blob-upload",
    routes: ["app/api/serverless/uploads/[imageId]/route.ts"],
    memoryMb: 512,
    maxDuration: 30,
    timeoutMs: 30_000,
    why: "Receives one photo (up to the upload size limit) and stores it.",
  },
  {
    // The Workflow SDK runs every pipeline step in one generated route, so the steps share one size: the
    // largest one needs, sharp making thumbnails.
    name: "pipeline",
    routes: ["app/.well-known/workflow/v1/step/route.js"],
    memoryMb: 1024,
    maxDuration: "max",
    timeoutMs: 30_000,
    why: "Every pipeline step runs here; making thumbnails with sharp needs the memory.",
  },
];

export function functionSpec(functionName: string): FunctionSpec | undefined {
  // Pipeline steps are logged as `pipeline:thumbnail`, `pipeline:store`, ...; they are one bundle.
  const base = functionName.startsWith("pipeline:") ? "pipeline" : functionName;
  return FUNCTION_SPECS.find((s) => s.name === base);
}

/** How long the runtime model lets one invocation run before stopping it. */
export function functionTimeoutMs(functionName: string): number {
  return functionSpec(functionName)?.timeoutMs ?? DEFAULT_FUNCTION_TIMEOUT_MS;
}

/** The memory the runtime model bills a function at (GB-seconds = billed seconds × GB). */
export function functionMemoryMb(functionName: string): number {
  return functionSpec(functionName)?.memoryMb ?? DEFAULT_FUNCTION_MEMORY_MB;
}

export type VercelFunctionConfig = { memory: number; maxDuration: number | "max" };

/** The `functions` block of vercel.json, derived from the specs. */
export function vercelFunctionsConfig(): Record<string, VercelFunctionConfig> {
  const out: Record<string, VercelFunctionConfig> = {};
  for (const spec of FUNCTION_SPECS) {
    for (const route of spec.routes) out[route] = { memory: spec.memoryMb, maxDuration: spec.maxDuration };
  }
  return out;
}
