// Ctrl-C (SIGINT) while a photo is being processed: the consumer stops within its grace period even though the
// photo is not finished, that job keeps its lease (no half-written "done"), and the next start finishes every
// upload exactly once. The child stops the way scripts/serve.ts does (infra/lifecycle/shutdown-tasks.ts).
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { uid } from "../db-fixtures";
import * as harness from "./consumer-harness";

afterEach(harness.killConsumers);

describe("consumer stopped with SIGINT mid-job, then restarted", () => {
  it("exits within its grace period, keeps the lease, and the next start finishes each upload once", async () => {
    const prefix = `Sigint ${uid()}`;
    const ids = await harness.queueUploads(prefix, 3, { width: 640, height: 480 });

    // A store step far longer than the 1 s grace: the stop cannot wait for it.
    const first = harness.startConsumer({ CHILD_STEP_PAUSE_MS: "8000", CHILD_STOP_GRACE_MS: "1000" });
    await harness.untilStoreStepRuns(ids);
    const sent = Date.now();
    const exited = new Promise<number | null>((r) => first.process.once("exit", (code) => r(code)));
    first.process.kill("SIGINT");
    const code = await exited;
    const took = Date.now() - sent;
    expect(code).toBe(0);
    expect(took).toBeLessThan(4_000);
    expect(first.output()).toContain("stopped with jobs in flight");

    // The interrupted job is still "running" under a lease, not done and not dead: a claim after it expires resumes it.
    const cut = await prisma.imageJob.findMany({ where: { imageId: { in: ids }, status: "running" } });
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((j) => j.leaseUntil !== null)).toBe(true);

    harness.startConsumer({ CHILD_STEP_PAUSE_MS: "50" });
    await harness.untilAllJobsDone(ids);
    await harness.expectEachUploadProcessedOnce(prefix, ids);
  }, 120_000);
});
