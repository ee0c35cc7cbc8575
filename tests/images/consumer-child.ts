// A stand-alone monolith image consumer for the crash test: the real consumer and steps, with a pause in the
// store step so that a kill -9 lands while steps are running. Run with the react-server condition
// (`node --conditions=react-server --import tsx`), which is how "server-only" modules load outside Next.
import { defaultPipelineSteps } from "../../monolith/images/process-image-job";
import { runImageConsumer } from "../../monolith/images/run-image-consumer";
import { onShutdown, runShutdownTasks } from "../../infra/lifecycle/shutdown-tasks";

const pauseMs = Number(process.env.CHILD_STEP_PAUSE_MS ?? 300);
const consumer = runImageConsumer({
  concurrency: 2,
  leaseMs: Number(process.env.CHILD_LEASE_MS ?? 1500),
  pollMs: 50,
  log: (m) => console.log(m),
  steps: () => {
    const steps = defaultPipelineSteps();
    return {
      ...steps,
      storeThumbnails: async (...args: Parameters<typeof steps.storeThumbnails>) => {
        await new Promise((r) => setTimeout(r, pauseMs));
        return steps.storeThumbnails(...args);
      },
    };
  },
});
console.log("consumer ready");
// The same stop as scripts/serve.ts: the consumer is a shutdown task, run with a deadline on SIGINT or SIGTERM.
onShutdown("image consumer", () => consumer.stop());
const graceMs = Number(process.env.CHILD_STOP_GRACE_MS ?? 3000);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(
    signal,
    () =>
      void runShutdownTasks(graceMs).then(({ unfinished }) => {
        console.log(unfinished.length > 0 ? "stopped with jobs in flight" : "stopped");
        process.exit(0);
      }),
  );
}
