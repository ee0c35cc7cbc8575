import "server-only";
// Starts the monolith's image consumer once per server process (from instrumentation.ts) and stops it cleanly
// with the process: it stops claiming and lets the photos in flight finish first. Under `npm start` the server
// in front of Next (scripts/serve.ts) owns SIGINT/SIGTERM and runs the registered shutdown task with a deadline;
// elsewhere (`next dev`) this module listens for the signals itself. A job cut off anyway (the process exits
// first) keeps its lease and is claimed again once the lease expires after the next start.
import { env } from "../../core/config/env";
import { onShutdown, shutdownOwner } from "../../infra/lifecycle/shutdown-tasks";
import { runImageConsumer, type ImageConsumer } from "./run-image-consumer";

const holder = globalThis as unknown as { __imageConsumer?: ImageConsumer; __imageConsumerWake?: () => void };

export function startImageConsumer(): ImageConsumer {
  if (holder.__imageConsumer) return holder.__imageConsumer;
  const e = env();
  const consumer = runImageConsumer({
    concurrency: e.IMAGE_CONSUMER_CONCURRENCY,
    leaseMs: e.IMAGE_JOB_LEASE_MS,
    pollMs: e.IMAGE_CONSUMER_POLL_MS,
  });
  holder.__imageConsumer = consumer;
  holder.__imageConsumerWake = consumer.wake;
  onShutdown("image consumer", () => consumer.stop());
  if (!shutdownOwner()) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        void consumer.stop().then(() => console.log("[image consumer] stopped"));
      });
    }
  }
  console.log(`[image consumer] started (${e.IMAGE_CONSUMER_CONCURRENCY} in flight, lease ${e.IMAGE_JOB_LEASE_MS} ms)`);
  return consumer;
}
