import "server-only";
// Makes the local Workflow world send this process's queue key with every call to the queue routes, so
// proxy.ts can refuse everyone else (infra/access/workflow-queue-key.ts). Called once from instrumentation.ts,
// before anything else touches the world. The world is one object per process (the SDK caches it on
// globalThis), so every route bundle's start() goes through the wrapped queue.
//
// The world's own start-up recovery (re-enqueue the runs a crash left pending or running) calls its inner queue,
// which this wrapper cannot reach; so it is switched off and done here instead, through the signed queue, the
// same way (@workflow/world reenqueueActiveRuns: every pending/running run's workflow message again — the
// handler replays its event log, so a duplicate is harmless), by the run guard (workflow-run-guard.ts).
import { getWorld } from "workflow/runtime";
import { env, setProcessVariable } from "../../core/config/env";
import { WORKFLOW_QUEUE_HEADER, enforcesWorkflowQueueKey, workflowQueueKey } from "../../infra/access/workflow-queue-key";
import { localWorldDir } from "./local-world-repair";
import { guardWorkflowWorld, type GuardedWorld } from "./workflow-run-guard";

type QueueFn = (
  queueName: string,
  message: unknown,
  opts?: { headers?: Record<string, string> } & Record<string, unknown>,
) => Promise<unknown>;
type LocalWorld = { queue: QueueFn; start?: () => Promise<void> };

const SIGNED = Symbol.for("pet-store-twin/workflow-queue-signed");

/** Signs the queue, then starts the world and re-enqueues interrupted runs. Returns how many were re-enqueued. */
export async function startSignedWorkflowWorld(): Promise<number> {
  if (!enforcesWorkflowQueueKey()) {
    await getWorld().start?.();
    return 0;
  }
  // Read when the world is created (the first getWorld()): the recovery below replaces the world's own.
  setProcessVariable("WORKFLOW_LOCAL_RECOVER_ACTIVE_RUNS", "0");
  const world = getWorld() as unknown as LocalWorld & { [SIGNED]?: boolean };
  if (world[SIGNED]) return 0;
  world[SIGNED] = true;
  const queue = world.queue.bind(world);
  const key = workflowQueueKey();
  world.queue = (queueName, message, opts) =>
    queue(queueName, message, { ...opts, headers: { ...opts?.headers, [WORKFLOW_QUEUE_HEADER]: key } });
  await world.start?.();

  const namespace = env().WORKFLOW_QUEUE_NAMESPACE;
  const dataDir = localWorldDir();
  if (!dataDir) return 0;
  // The run guard (decision 027) wraps the signed queue and the event writes, then continues every run a crash
  // left pending or running (nothing is in flight in a process that just started: lease 0), after recording
  // the step ends the crash left without their event; then it sweeps every minute.
  const guard = guardWorkflowWorld(world as unknown as GuardedWorld, {
    dataDir,
    workflowQueuePrefix: namespace ? `__${namespace}_wkf_workflow_` : "__wkf_workflow_",
  });
  const { continued, recorded } = await guard.sweep(0);
  guard.startSweeping();
  if (recorded > 0) console.log(`[pipeline] recorded ${recorded} step end(s) a crash left without their event`);
  if (continued > 0) console.log(`[pipeline] re-enqueued ${continued} interrupted run(s)`);
  return continued;
}
