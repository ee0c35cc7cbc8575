// kill -9 while steps are running, restart, and every upload still ends processed and indexed exactly once:
// the killed consumer's leases expire, the new one claims those jobs again, and the idempotent steps (keyed
// by image id) never create a second pet, image row or thumbnail set.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { uid } from "../db-fixtures";
import * as harness from "./consumer-harness";

afterEach(harness.killConsumers);

describe("consumer crash (kill -9) and restart", () => {
  it("every upload ends processed and indexed exactly once", async () => {
    const prefix = `Crash ${uid()}`;
    const ids = await harness.queueUploads(prefix, 6, { width: 800, height: 600 });

    const first = harness.startConsumer({ CHILD_STEP_PAUSE_MS: "400" }).process;
    // Kill it while steps are running: some photo has started a step, and not all are done.
    await harness.untilStoreStepRuns(ids);
    const exited = new Promise((r) => first.once("exit", r));
    first.kill("SIGKILL");
    await exited;
    const interrupted = await prisma.imageJob.count({ where: { imageId: { in: ids }, status: { not: "done" } } });
    expect(interrupted).toBeGreaterThan(0);

    harness.startConsumer({ CHILD_STEP_PAUSE_MS: "400" });
    await harness.untilAllJobsDone(ids);

    await harness.expectEachUploadProcessedOnce(prefix, ids);
    const jobs = await prisma.imageJob.findMany({ where: { imageId: { in: ids } } });
    // The interrupted ones were claimed twice.
    expect(jobs.filter((j) => j.attempts > 1).length).toBeGreaterThan(0);
  }, 120_000);
});
