// ARCH: the serverless image pipeline runs as durable Workflow SDK runs. Without a Vercel deployment they use the
// local world, whose state (runs, steps, queue) is JSON on disk. withWorkflow would put it under
// .next/workflow-data, which every `next build` wipes — runs in flight would be lost — so it goes to the data
// folder instead (<DATA_DIR>/workflow), next to the database it belongs with. Called by next.config.ts (read by
// `next build` and `next dev`) and by scripts/serve.ts, which serves the build without reading next.config.ts,
// before any route loads the world. These are the Workflow SDK's own variables (it reads process.env itself), and
// the build must not validate the app's runtime settings (core/config/env.ts), hence the direct reads and writes.
import path from "node:path";

export function pointWorkflowAtDataFolder(): void {
  /* eslint-disable no-restricted-syntax */
  if (process.env.VERCEL_DEPLOYMENT_ID || process.env.WORKFLOW_TARGET_WORLD) return;
  process.env.WORKFLOW_TARGET_WORLD = "local";
  process.env.WORKFLOW_LOCAL_DATA_DIR ??= path.join(path.resolve(process.env.DATA_DIR ?? "data"), "workflow");
  /* eslint-enable no-restricted-syntax */
}
