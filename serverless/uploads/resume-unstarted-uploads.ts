import "server-only";
// Crash recovery for the gap the Workflow world cannot see: the upload PUT stores the original, writes its
// ImageUpload row ("queued", no run id yet) and only then starts the durable run. A kill -9 in between leaves
// an upload with no run, which the world's own start() cannot resume because no run exists. Called once when
// a server process starts (instrumentation.ts), it starts the missing runs.
// Only rows created before this process started are looked at, so an upload this process is taking right now
// is never started twice. A crash after start() but before the run id is saved could start a second run for
// the same image; that is harmless because every step is idempotent by image id (the Image row's primary key
// is the image id, so the second run finds the pet the first one created).
import { start } from "workflow/api";
import { prisma } from "../../infra/db/prisma-client";
import { processImageWorkflow } from "../pipeline/process-image-workflow";

export async function resumeUnstartedUploads(startedAt: Date = new Date()): Promise<number> {
  const orphans = await prisma.imageUpload.findMany({
    where: { via: "serverless", runId: null, status: "queued", createdAt: { lt: startedAt } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  for (const { id } of orphans) {
    const run = await start(processImageWorkflow, [id]);
    // Conditional, so two processes starting together record one run id (the other run changes nothing).
    await prisma.imageUpload.updateMany({ where: { id, runId: null }, data: { runId: run.runId } });
  }
  return orphans.length;
}
