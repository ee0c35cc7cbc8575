// One finished span as the architecture lens sees it: which component did the work, for which store, when
// and for how long. Server spans (OpenTelemetry) and browser timings are both turned into this one shape, so
// every view (lens waterfall, architecture diagram, cost meter) reads a single, framework-free type.

import type { Mode } from "../../core/architecture/mode";

export const LENS_COMPONENTS = [
  "browser",
  // The hybrid store's strangler-fig facade: decides per request which architecture serves each capability.
  "routing-facade",
  "web-server",
  "auth",
  "data-api",
  "gateway",
  "search-function",
  "purchase-function",
  "pipeline-step",
  "consumer",
  "database",
  "storage",
] as const;

export type LensComponent = (typeof LENS_COMPONENTS)[number];

export type LensMode = Mode;

export type LensSpan = {
  traceId: string; // 32 lowercase hex (W3C trace id)
  spanId: string; // 16 lowercase hex
  parentSpanId?: string;
  name: string;
  component: LensComponent;
  mode: LensMode;
  startMs: number; // epoch ms
  durationMs: number;
  status: "ok" | "error";
  attributes: Record<string, string | number | boolean>;
  /** Whose request it was (a hash of the pst_vid cookie): the span API shows a visitor only their own. Never sent out. */
  visitor?: string;
};

export function isLensComponent(value: unknown): value is LensComponent {
  return typeof value === "string" && (LENS_COMPONENTS as readonly string[]).includes(value);
}
