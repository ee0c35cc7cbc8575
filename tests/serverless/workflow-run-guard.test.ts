// The stalled durable run of issue 32 (decision 027), on the Workflow SDK's real local world (files in a temp
// folder) and the real database. The world ends a step in three writes — lock, step file, event — and a kill -9
// between the step file and the event leaves a step "completed" whose `step_completed` event never was. The
// replay reads events only, so it sends the step again; the step handler's `step_started` is refused as
// "terminal" and it sends the workflow again … forever, with no delay: the hot loop. These tests build that
// state exactly (the event file removed, as the kill left it) and check the guard records the end once.
import { mkdtempSync, readdirSync, rmSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLocalWorld } from "@workflow/world-local";
import { prisma } from "@/infra/db/prisma-client";
import { createImageUpload } from "@/infra/images/create-image-upload";
import { originalKey } from "@/core/images/image-rules";
import {
  FREE_STEP_SENDS,
  MAX_CONTINUATIONS,
  MAX_STEP_SENDS,
  RUN_LEASE_MS,
  guardWorkflowWorld,
  type GuardedWorld,
} from "@/serverless/pipeline/workflow-run-guard";

type World = ReturnType<typeof createLocalWorld>;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function newWorld(): Promise<{ world: World; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "pst-world-"));
  dirs.push(dataDir);
  const world = createLocalWorld({ dataDir });
  await world.start?.();
  return { world, dataDir };
}

const STEP = "step_01JZZZZZZZZZZZZZZZZZZZZZZZ";

/** A run whose first step ended (step file "completed"), then the kill: its `step_completed` event is gone. */
async function runWithLostCompletion(world: World, dataDir: string): Promise<string> {
  const sv = world.specVersion;
  const created = await world.events.create(null, {
    eventType: "run_created",
    specVersion: sv,
    eventData: { deploymentId: "dpl_test", workflowName: "wf", input: new Uint8Array([1]) },
  });
  const runId = created.run!.runId;
  await world.events.create(runId, { eventType: "run_started", specVersion: sv });
  await world.events.create(runId, {
    eventType: "step_created",
    specVersion: sv,
    correlationId: STEP,
    eventData: { stepName: "thumb", input: new Uint8Array([2]) },
  });
  await world.events.create(runId, { eventType: "step_started", specVersion: sv, correlationId: STEP, eventData: { stepName: "thumb" } });
  await world.events.create(runId, {
    eventType: "step_completed",
    specVersion: sv,
    correlationId: STEP,
    eventData: { stepName: "thumb", result: new Uint8Array([7, 7, 7]) },
  });
  // The kill -9: the step file was written, the event publish never happened.
  const eventsDir = path.join(dataDir, "events");
  const lost = (await world.events.list({ runId })).data.find((e) => e.eventType === "step_completed")!;
  rmSync(path.join(eventsDir, `${runId}-${lost.eventId}.json`));
  await world.close?.();
  return runId;
}

const eventTypes = async (world: World, runId: string) => (await world.events.list({ runId })).data.map((e) => e.eventType);

function guard(world: World, dataDir: string, now = () => Date.now()) {
  const sent: { queueName: string; message: unknown }[] = [];
  const g = world as unknown as GuardedWorld;
  g.queue = async (queueName, message) => {
    sent.push({ queueName, message });
    return { messageId: "msg_test" };
  };
  const runGuard = guardWorkflowWorld(g, { dataDir, workflowQueuePrefix: "__wkf_workflow_", now, log: () => {} });
  return { runGuard, sent };
}

describe("a step that finished without its event (the kill -9 window)", () => {
  it("unguarded, the SDK's world refuses the step as terminal and the log never gets its end: the loop's cause", async () => {
    const { world, dataDir } = await newWorld();
    const runId = await runWithLostCompletion(world, dataDir);
    const restarted = createLocalWorld({ dataDir });
    const again = restarted.events.create(runId, {
      eventType: "step_started",
      specVersion: restarted.specVersion,
      correlationId: STEP,
      eventData: { stepName: "thumb" },
    });
    await expect(again).rejects.toMatchObject({ name: "EntityConflictError" });
    // The replay reads these: the step is still "in progress" for it, so it would send the step again.
    expect(await eventTypes(restarted, runId)).toEqual(["run_created", "run_started", "step_created", "step_started"]);
  });

  it("guarded, the refused re-delivery records the step's end once, with its result, and the step is not run again", async () => {
    const { world, dataDir } = await newWorld();
    const runId = await runWithLostCompletion(world, dataDir);
    const restarted = createLocalWorld({ dataDir });
    guard(restarted, dataDir);
    const started = {
      eventType: "step_started" as const,
      specVersion: restarted.specVersion,
      correlationId: STEP,
      eventData: { stepName: "thumb" },
    };
    await expect(restarted.events.create(runId, started)).rejects.toMatchObject({ name: "EntityConflictError" });
    const events = (await restarted.events.list({ runId })).data;
    expect(events.map((e) => e.eventType)).toEqual(["run_created", "run_started", "step_created", "step_started", "step_completed"]);
    const completed = events.at(-1)!;
    expect(completed.correlationId).toBe(STEP);
    expect((completed as { eventData: { result: Uint8Array } }).eventData.result).toEqual(new Uint8Array([7, 7, 7]));
    // A second re-delivery is refused again (the step never runs twice) and records nothing more.
    await expect(restarted.events.create(runId, started)).rejects.toMatchObject({ name: "EntityConflictError" });
    expect((await eventTypes(restarted, runId)).filter((t) => t === "step_completed")).toHaveLength(1);
  });

  it("a lock a cut-short completion left behind no longer refuses the step's real end (the silent stall)", async () => {
    const { world, dataDir } = await newWorld();
    const sv = world.specVersion;
    const runId = (
      await world.events.create(null, {
        eventType: "run_created",
        specVersion: sv,
        eventData: { deploymentId: "d", workflowName: "wf", input: new Uint8Array([1]) },
      })
    ).run!.runId;
    await world.events.create(runId, { eventType: "run_started", specVersion: sv });
    await world.events.create(runId, {
      eventType: "step_created",
      specVersion: sv,
      correlationId: STEP,
      eventData: { stepName: "thumb", input: new Uint8Array([2]) },
    });
    await world.events.create(runId, { eventType: "step_started", specVersion: sv, correlationId: STEP, eventData: { stepName: "thumb" } });
    // The kill came after the lock, before the step file changed.
    mkdirSync(path.join(dataDir, ".locks", "steps"), { recursive: true });
    writeFileSync(path.join(dataDir, ".locks", "steps", `${runId}-${STEP}.terminal`), "");
    const end = {
      eventType: "step_completed" as const,
      specVersion: sv,
      correlationId: STEP,
      eventData: { stepName: "thumb", result: new Uint8Array([1]) },
    };
    const bare = createLocalWorld({ dataDir });
    await expect(bare.events.create(runId, end)).rejects.toMatchObject({ name: "EntityConflictError" });
    const restarted = createLocalWorld({ dataDir });
    guard(restarted, dataDir);
    await restarted.events.create(runId, end);
    expect((await eventTypes(restarted, runId)).at(-1)).toBe("step_completed");
    expect(existsSync(path.join(dataDir, ".locks", "steps", `${runId}-${STEP}.terminal`))).toBe(true); // the real end's own lock
  });
});

describe("the sweeper and the message bound", () => {
  it("a running run idle past the lease is repaired and continued; a fresh one is left alone", async () => {
    const { world, dataDir } = await newWorld();
    const runId = await runWithLostCompletion(world, dataDir);
    const restarted = createLocalWorld({ dataDir });
    let clock = Date.now();
    const { runGuard, sent } = guard(restarted, dataDir, () => clock);
    expect(await runGuard.sweep(RUN_LEASE_MS)).toMatchObject({ continued: 0 }); // its last event is seconds old
    clock += RUN_LEASE_MS + 1000;
    expect(await runGuard.sweep(RUN_LEASE_MS)).toEqual({ continued: 1, recorded: 1, deadLettered: 0 });
    expect(sent).toEqual([{ queueName: "__wkf_workflow_wf", message: { runId } }]);
    expect((await eventTypes(restarted, runId)).filter((t) => t === "step_completed")).toHaveLength(1);
    // Just continued: the send is activity, so the next minute's sweep waits.
    clock += 60_000;
    expect(await runGuard.sweep(RUN_LEASE_MS)).toMatchObject({ continued: 0 });
  });

  it("a run that stays stalled is continued with backoff, then dead-lettered: upload failed with a reason, run failed", async () => {
    const { world, dataDir } = await newWorld();
    const runId = await runWithLostCompletion(world, dataDir);
    const imageId = crypto.randomUUID();
    await createImageUpload({
      imageId,
      via: "serverless",
      draft: { name: "Stall", categorySlug: "dogs", priceCents: 100, stock: 1 },
      originalKey: originalKey(imageId),
      runId,
    });
    await prisma.imageUpload.update({ where: { id: imageId }, data: { status: "running" } });
    const restarted = createLocalWorld({ dataDir });
    let clock = Date.now();
    const { runGuard, sent } = guard(restarted, dataDir, () => clock);
    let sweeps = 0;
    while ((await prisma.imageUpload.findUniqueOrThrow({ where: { id: imageId } })).status !== "failed" && sweeps < 200) {
      clock += 60_000;
      await runGuard.sweep(RUN_LEASE_MS);
      sweeps += 1;
    }
    expect(sent).toHaveLength(MAX_CONTINUATIONS);
    // Backoff: 2 + 4 + 8 + 16 leases of waiting before the last try, not one a minute.
    expect(sweeps).toBeGreaterThan(2 * (1 + 2 + 4 + 8));
    const upload = await prisma.imageUpload.findUniqueOrThrow({ where: { id: imageId } });
    expect(upload.error).toMatch(/stalled 4 times/);
    expect((await restarted.runs.get(runId)).status).toBe("failed");
  });

  it("a step message sent again and again is delayed with backoff and, past the bound, dead-letters the run", async () => {
    vi.useFakeTimers();
    try {
      const { world, dataDir } = await newWorld();
      const runId = await runWithLostCompletion(world, dataDir);
      const imageId = crypto.randomUUID();
      await createImageUpload({
        imageId,
        via: "serverless",
        draft: { name: "Loop", categorySlug: "dogs", priceCents: 100, stock: 1 },
        originalKey: originalKey(imageId),
        runId,
      });
      const restarted = createLocalWorld({ dataDir });
      const { sent } = guard(restarted, dataDir);
      const message = { workflowRunId: runId, stepId: STEP, workflowName: "wf" };
      for (let i = 0; i < MAX_STEP_SENDS; i++) await restarted.queue("__wkf_step_thumb", message as never);
      expect(sent).toHaveLength(FREE_STEP_SENDS); // the rest wait: 1 s, 2 s, 4 s …
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent).toHaveLength(FREE_STEP_SENDS + 1);
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(sent).toHaveLength(MAX_STEP_SENDS);
      vi.useRealTimers();
      await restarted.queue("__wkf_step_thumb", message as never);
      await vi.waitFor(async () => expect((await prisma.imageUpload.findUniqueOrThrow({ where: { id: imageId } })).status).toBe("failed"));
      expect((await prisma.imageUpload.findUniqueOrThrow({ where: { id: imageId } })).error).toMatch(/sent 10 times/);
      expect(sent).toHaveLength(MAX_STEP_SENDS);
      expect(readdirSync(path.join(dataDir, "events")).length).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
