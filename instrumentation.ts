// Next.js calls register() once when a server process starts. Keep this file small: one section per
// background part, each loaded only on the Node.js runtime (never on the edge) and never during `next build`.
export async function register(): Promise<void> {
  // Next's own variables, inlined per bundle at build time (so the edge bundle drops the Node.js-only imports
  // below): they must stay literal process.env reads, not settings of ours (eslint.config.mjs lets this file).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./core/config/env");

  // --- Architecture lens: the OpenTelemetry tracer provider (in-process span store; OTLP when configured). ---
  // First, so that spans of everything started below (the consumer, the Workflow world) are recorded too.
  const { registerTracing } = await import("./lens/server/register-tracing");
  await registerTracing();

  // --- Monolith: the in-process image consumer (polls the ImageJob table; stopped on SIGTERM). ---
  if (env().IMAGE_CONSUMER_DISABLED !== "true") {
    const { startImageConsumer } = await import("./monolith/images/start-image-consumer");
    startImageConsumer();
  }

  // --- Housekeeping: expired sessions, abandoned anonymous carts, old recently-viewed rows (core/retention). ---
  const { startPruning } = await import("./infra/housekeeping/prune-stale-rows");
  startPruning();

  // --- Serverless: the Workflow world (resumes runs a crash interrupted). Added by the serverless pipeline. ---
  // ARCH: the monolith's consumer finds interrupted jobs by their expired lease; the durable runs of the
  // serverless pipeline are re-enqueued by the local world's start(), which replays each run's event log and
  // runs again the step a kill -9 cut short. Without this a run interrupted by a crash stays "running" forever.
  // (On Vercel the platform's queue does this and start is undefined.)
  const startedAt = new Date();
  // Every queue call carries this process's key; proxy.ts refuses the queue routes to anyone else. The
  // re-enqueueing of interrupted runs goes through the signed queue too (see the module).
  const { startSignedWorkflowWorld } = await import("./serverless/pipeline/sign-workflow-queue");
  await startSignedWorkflowWorld();
  // An upload stored just before a crash, whose run was never started, gets its run now (see the module).
  const { resumeUnstartedUploads } = await import("./serverless/uploads/resume-unstarted-uploads");
  const resumed = await resumeUnstartedUploads(startedAt).catch((e: unknown) => {
    console.error("[pipeline] could not resume uploads left without a run:", e);
    return 0;
  });
  if (resumed > 0) console.log(`[pipeline] started ${resumed} run(s) for uploads a crash left without one`);
}
