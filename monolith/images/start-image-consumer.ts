import "server-only";
// Starts the monolith's image consumer once per server process (from instrumentation.ts) and stops it cleanly
// with the process: on SIGTERM/SIGINT it stops claiming and lets the photos in flight finish first.
import { env } from "../../core/config/env";
import { runImageConsumer, type ImageConsumer } from "./run-image-consumer";

const holder = globalThis as unknown as { __imageConsumer?: ImageConsumer; __imageConsumerWake?: () => void };

export function startImageConsumer(): ImageConsumer {
  if (holder.__imageConsumer) return holder.__imageConsumer;
  const e = env();
  const consumer = runImageConsumer({ concurrency: e.IMAGE_CONSUMER_CONCURRENCY, leaseMs: e.IMAGE_JOB_LEASE_MS, pollMs: e.IMAGE_CONSUMER_POLL_MS });
  holder.__imageConsumer = consumer;
  holder.__imageConsumerWake = consumer.wake;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      // Next's own handler closes the HTTP server; this one drains the consumer. A job cut off anyway
      // (the process exits first) keeps its lease and resumes after it expires.
      void consumer.stop().then(() => console.log("[image consumer] stopped"));
    });
  }
  console.log(`[image consumer] started (${e.IMAGE_CONSUMER_CONCURRENCY} in flight, lease ${e.IMAGE_JOB_LEASE_MS} ms)`);
  return consumer;
}
