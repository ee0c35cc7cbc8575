// The JSON the lens endpoints answer, as the browser sees it (mirrors serverless/runtime + core summaries).
import type { RuntimeMode } from "@/core/functions/runtime-mode";
import type { FunctionSummary } from "@/core/functions/summarize-invocations";
import type { LensComponent, LensMode, LensSpan } from "@/lens/model/span";

export type InvocationJson = {
  functionName: string;
  instanceId: string | null;
  cold: boolean;
  startedAt: number;
  durationMs: number;
  billedMs: number;
  cpuMs: number | null;
  status: number;
  traceId: string;
  memoryMb: number;
  gbSeconds: number;
};

export type FunctionsJson = {
  now: number;
  runtime: RuntimeMode;
  limits: { idleTimeoutMs: number; coldStartExtraMs: number; maxConcurrency: number };
  functions: FunctionSummary[];
};

/** One thing a component did, from a span or a function invocation: what the side panel lists. */
export type LensEvent = {
  key: string;
  node: `${LensMode}:${LensComponent}`;
  at: number; // server epoch ms
  name: string;
  durationMs: number;
  ok: boolean;
  detail: LensEventDetail;
};

/** The side panel's second line, as data: the page words it in the visitor's language (messages lens.live.detail). */
export type LensEventDetail =
  | { kind: "http"; status: number | string }
  | { kind: "trace"; traceId: string }
  | { kind: "invocation"; instanceId: string | null; cold: boolean; status: number; billedMs: number }
  | { kind: "routed"; instanceId: string | null };

export type { LensSpan };
