// The Workflow SDK's queue routes (/.well-known/workflow/v1/flow and /step) run durable steps: only the SDK may
// call them. The local world calls them over HTTP from this very process, so instrumentation.ts gives the
// process a random key and makes the world send it with every queue call (serverless/pipeline/
// sign-workflow-queue.ts); proxy.ts answers 404 to any call without it that does not come from this machine
// (the world's start-up recovery re-enqueues runs through its own inner queue, unsigned, from localhost) — a
// student's POST never reaches the handler (no junk files in the data folder, no error text). On Vercel the platform's queue calls these routes
// and authenticates itself, so nothing is enforced there.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { platformEnv, processVariable, setProcessVariable } from "../../core/config/env";

export const WORKFLOW_QUEUE_HEADER = "x-pst-queue-key";
const ENV_KEY = "PST_WORKFLOW_QUEUE_KEY";

export function isWorkflowQueuePath(pathname: string): boolean {
  return pathname.startsWith("/.well-known/workflow/");
}

/** Enforced everywhere but on Vercel (whose queue authenticates its callbacks itself). */
export function enforcesWorkflowQueueKey(): boolean {
  const { VERCEL, VERCEL_DEPLOYMENT_ID } = platformEnv();
  return VERCEL !== "1" && !VERCEL_DEPLOYMENT_ID;
}

/** This process's key, made on first use (process.env, so every bundle of the process sees the same one). */
export function workflowQueueKey(): string {
  // Not configuration: process-wide state that must outlive any one bundle's module scope.
  const made = processVariable(ENV_KEY);
  if (made) return made;
  const key = randomBytes(32).toString("base64url");
  setProcessVariable(ENV_KEY, key);
  return key;
}

export function hasWorkflowQueueKey(headers: Headers): boolean {
  const given = Buffer.from(headers.get(WORKFLOW_QUEUE_HEADER) ?? "");
  const expected = Buffer.from(workflowQueueKey());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
