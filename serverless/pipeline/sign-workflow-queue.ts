import "server-only";
// Makes the local Workflow world send this process's queue key with every call to the queue routes, so
// proxy.ts can refuse everyone else (infra/access/workflow-queue-key.ts). Called once from instrumentation.ts,
// before the world re-enqueues interrupted runs. The world is one object per process (the SDK caches it on
// globalThis), so every route bundle's start() goes through the wrapped queue.
import { getWorld } from "workflow/runtime";
import { WORKFLOW_QUEUE_HEADER, enforcesWorkflowQueueKey, workflowQueueKey } from "../../infra/access/workflow-queue-key";

type QueueFn = (queueName: string, message: unknown, opts?: { headers?: Record<string, string> } & Record<string, unknown>) => Promise<unknown>;
const SIGNED = Symbol.for("pet-store-twin/workflow-queue-signed");

export function signWorkflowQueue(): void {
  if (!enforcesWorkflowQueueKey()) return;
  const world = getWorld() as unknown as { queue: QueueFn; [SIGNED]?: boolean };
  if (world[SIGNED]) return;
  const queue = world.queue.bind(world);
  const key = workflowQueueKey();
  world.queue = (queueName, message, opts) => queue(queueName, message, { ...opts, headers: { ...opts?.headers, [WORKFLOW_QUEUE_HEADER]: key } });
  world[SIGNED] = true;
}
