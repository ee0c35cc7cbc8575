// A stand-alone monolith image consumer for the crash test: the real consumer and steps, with a pause in the
// store step so that a kill -9 lands while steps are running. Run with the react-server condition
// (`node --conditions=react-server --import tsx`), which is how "server-only" modules load outside Next.
import { defaultPipelineSteps } from "../../monolith/images/process-image-job";
import { runImageConsumer } from "../../monolith/images/run-image-consumer";

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
process.on("SIGTERM", () => void consumer.stop().then(() => process.exit(0)));
