// ARCH: the serverless image pipeline runs as durable Workflow SDK runs. Without a Vercel deployment they use the
// local world, whose state (runs, steps, queue) is JSON on disk. withWorkflow would put it under
// .next/workflow-data, which every `next build` wipes — runs in flight would be lost — so it goes to the data
// folder instead (<DATA_DIR>/workflow), next to the database it belongs with. Called by next.config.ts (read by
// `next build` and `next dev`) and by scripts/serve.ts, which serves the build without reading next.config.ts,
// before any route loads the world. These are the Workflow SDK's own variables (it reads process.env itself), and
// the build must not validate the app's runtime settings, hence core/config/env.ts's unvalidated process variables.
import path from "node:path";
import { platformEnv, processVariable, setProcessVariable } from "../../core/config/env";

export function pointWorkflowAtDataFolder(): void {
  if (platformEnv().VERCEL_DEPLOYMENT_ID || processVariable("WORKFLOW_TARGET_WORLD")) return;
  setProcessVariable("WORKFLOW_TARGET_WORLD", "local");
  if (!processVariable("WORKFLOW_LOCAL_DATA_DIR"))
    setProcessVariable("WORKFLOW_LOCAL_DATA_DIR", path.join(path.resolve(processVariable("DATA_DIR") ?? "data"), "workflow"));
}
