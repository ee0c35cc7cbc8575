// One color per component, the same in every lens view (Tailwind classes, listed whole so they are kept).
import type { LensComponent } from "../model/span";

export const COMPONENT_COLOR: Record<LensComponent, string> = {
  browser: "bg-amber-400",
  "routing-facade": "bg-fuchsia-600",
  "web-server": "bg-mono-500",
  auth: "bg-rose-500",
  "data-api": "bg-sky-500",
  gateway: "bg-violet-500",
  "search-function": "bg-sls-500",
  "purchase-function": "bg-emerald-600",
  "pipeline-step": "bg-lime-600",
  consumer: "bg-indigo-400",
  database: "bg-stone-500",
  storage: "bg-orange-700",
};
