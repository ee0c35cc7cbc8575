import "server-only";
// Makes the local Workflow world send this process's queue key with every call to the queue routes, so
// proxy.ts can refuse everyone else (infra/access/workflow-queue-key.ts). Called once from instrumentation.ts,
// before anything else touches the world. The world is one object per process (the SDK caches it on
// globalThis), so every route bundle's start() goes through the wrapped queue.
//
// The world's own start-up recovery (re-enqueue the runs a crash left pending or running) calls its inner queue,
// which this wrapper cannot reach; so it is switched off and done here instead, through the signed queue, the
// same way (@workflow/world reenqueueActiveRuns: every pending/running run's workflow message again — the
// handler replays its event log, so a duplicate is harmless).
import { getWorld } from "workflow/runtime";
import { env } from "../../core/config/env";
import { WORKFLOW_QUEUE_HEADER, enforcesWorkflowQueueKey, workflowQueueKey } from "../../infra/access/workflow-queue-key";

type QueueFn = (
  queueName: string,
  message: unknown,
  opts?: { headers?: Record<string, string> } & Record<string, unknown>,
) => Promise<unknown>;
type RunPage = { data: { runId: string; workflowName: string }[]; hasMore: boolean; cursor?: string | null };
type LocalWorld = {
  queue: QueueFn;
  start?: () => Promise<void>;
  runs: { list(params: { status: string; resolveData: "none"; pagination: { cursor?: string } }): Promise<RunPage> };
};

const SIGNED = Symbol.for("pet-store-twin/workflow-queue-signed");

/** Signs the queue, then starts the world and re-enqueues interrupted runs. Returns how many were re-enqueued. */
export async function startSignedWorkflowWorld(): Promise<number> {
  if (!enforcesWorkflowQueueKey()) {
    await getWorld().start?.();
    return 0;
  }
  // Read when the world is created (the first getWorld()): the recovery below replaces the world's own.
  // eslint-disable-next-line no-restricted-syntax -- the Workflow SDK's setting, read by the SDK itself
  process.env.WORKFLOW_LOCAL_RECOVER_ACTIVE_RUNS = "0";
  const world = getWorld() as unknown as LocalWorld & { [SIGNED]?: boolean };
  if (world[SIGNED]) return 0;
  world[SIGNED] = true;
  const queue = world.queue.bind(world);
  const key = workflowQueueKey();
  world.queue = (queueName, message, opts) =>
    queue(queueName, message, { ...opts, headers: { ...opts?.headers, [WORKFLOW_QUEUE_HEADER]: key } });
  await world.start?.();

  const namespace = env().WORKFLOW_QUEUE_NAMESPACE;
  const prefix = namespace ? `__${namespace}_wkf_workflow_` : "__wkf_workflow_";
  let reenqueued = 0;
  for (const status of ["pending", "running"]) {
    let cursor: string | undefined;
    for (;;) {
      const page = await world.runs.list({ status, resolveData: "none", pagination: { cursor } });
      for (const run of page.data) {
        await world.queue(`${prefix}${run.workflowName}`, { runId: run.runId }).then(
          () => void (reenqueued += 1),
          (e: unknown) => console.warn(`[pipeline] could not re-enqueue run ${run.runId}: ${String(e)}`),
        );
      }
      if (!page.hasMore) break;
      cursor = page.cursor ?? undefined;
    }
  }
  if (reenqueued > 0) console.log(`[pipeline] re-enqueued ${reenqueued} interrupted run(s)`);
  return reenqueued;
}
