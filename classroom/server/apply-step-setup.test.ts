// Step setup against the real function runtime and a recording lab bench: a step's state is counted from the
// lesson's start, and leaving the lesson puts the limits and switches back as they were. The migration state is
// the real class-wide row in the test database.
import { afterEach, describe, expect, it } from "vitest";
import { defineLesson } from "../model/lesson-schema";
import { ALL_MONOLITH, decodeMigrationState } from "../../core/migration/migration-state";
import { readClassMigration, writeClassMigration } from "../../infra/migration/class-migration-state";
import { untracedPrisma } from "../../infra/db/untraced-prisma";
import { runtimeLimits } from "../../serverless/runtime/function-runtime";
import { applyRuntimeControls } from "../../lens/server/apply-runtime-controls";
import { enterStep, leaveLesson, lessonInProgress } from "./apply-step-setup";
import { NOT_AVAILABLE, unavailableLabBench, useLabBench, type LabBench, type FaultState } from "./lab-bench";

const lesson = defineLesson({
  id: "test-lesson",
  title: "Test",
  summary: "A lesson for the test.",
  minutes: 1,
  steps: [
    {
      id: "one",
      title: "One",
      text: "t",
      setup: {
        runtime: { idleTimeoutMs: 2_000, coldStartExtraMs: 500 },
        faults: [{ name: "database-latency", enabled: true, params: { ms: 200 } }],
        migration: decodeMigrationState("smssss")!,
      },
    },
    {
      id: "two",
      title: "Two",
      text: "t",
      setup: { runtime: { maxConcurrency: 2 }, load: { target: "serverless", users: 5, seconds: 10 } },
    },
    { id: "three", title: "Three", text: "t" },
  ],
});
const other = defineLesson({ ...lesson, id: "other-lesson", steps: lesson.steps.slice(1) });

function recordingBench(initial: FaultState[] = []) {
  let faults = [...initial];
  let load = false;
  const calls: string[] = [];
  const bench: LabBench = {
    async setFault(name, enabled, params) {
      calls.push(`set ${name} ${enabled}`);
      faults = [...faults.filter((f) => f.name !== name), { name, enabled, params }];
      return { ok: true };
    },
    async resetFaults() {
      faults = [];
      return { ok: true };
    },
    async startLoad() {
      calls.push("start load");
      load = true;
      return { ok: true };
    },
    async stopLoad() {
      calls.push("stop load");
      load = false;
      return { ok: true };
    },
    async snapshot() {
      return { faults: [...faults], loadRunning: load };
    },
  };
  return { bench, calls, faults: () => faults.filter((f) => f.enabled).map((f) => f.name), load: () => load };
}

afterEach(async () => {
  await leaveLesson();
  useLabBench(undefined);
  applyRuntimeControls({ restoreDefaults: true });
  await writeClassMigration(ALL_MONOLITH);
});

/** The row every app instance reads, not this process's copy of it. */
async function storedMigration(): Promise<string | undefined> {
  return (await untracedPrisma.classSetting.findUnique({ where: { key: "migration" } }))?.value;
}

describe("apply step setup", () => {
  it("sets each step's state from the lesson's start and restores it all when the lesson ends", async () => {
    applyRuntimeControls({ idleTimeoutMs: 45_000 }); // the room was set up by hand before the lesson
    const before = runtimeLimits();
    const rec = recordingBench([{ name: "storage-outage", enabled: true }]);
    useLabBench(rec.bench);

    const one = await enterStep(lesson, 0);
    expect(one.limits).toEqual({ ...before, idleTimeoutMs: 2_000, coldStartExtraMs: 500 });
    expect(rec.faults().sort()).toEqual(["database-latency", "storage-outage"]);

    const two = await enterStep(lesson, 1);
    // Step two does not inherit step one's limits or switch: it starts again from the lesson's start.
    expect(two.limits).toEqual({ ...before, maxConcurrency: 2 });
    expect(rec.faults()).toEqual(["storage-outage"]);
    expect(rec.load()).toBe(true);

    const back = await enterStep(lesson, 0);
    expect(back.limits.maxConcurrency).toBe(before.maxConcurrency);
    expect(rec.load()).toBe(false);
    expect(lessonInProgress()).toBe("test-lesson");

    expect(await leaveLesson()).toBe(true);
    expect(runtimeLimits()).toEqual(before);
    expect(rec.faults()).toEqual(["storage-outage"]);
    expect(rec.load()).toBe(false);
    expect(lessonInProgress()).toBeUndefined();
  });

  it("moves the class-wide migration state per step and puts back the one it found when the lesson ends", async () => {
    useLabBench(recordingBench().bench);
    await writeClassMigration(decodeMigrationState("mmmsmm")!); // the instructor had moved search by hand

    const one = await enterStep(lesson, 0);
    expect(one.migration).toEqual(decodeMigrationState("smssss"));
    expect(await readClassMigration()).toEqual(decodeMigrationState("smssss"));
    expect(await storedMigration()).toBe("smssss");

    // Step two names no migration state: the class is back where the lesson found it, not where step one left it.
    const two = await enterStep(lesson, 1);
    expect(two.migration).toBeNull();
    expect(await storedMigration()).toBe("mmmsmm");

    await enterStep(lesson, 0);
    expect(await storedMigration()).toBe("smssss");
    expect(await leaveLesson()).toBe(true);
    expect(await storedMigration()).toBe("mmmsmm");
    expect(await readClassMigration()).toEqual(decodeMigrationState("mmmsmm"));
  });

  it("switching to another lesson first restores what the previous one changed", async () => {
    const before = runtimeLimits();
    await enterStep(lesson, 0);
    expect(await storedMigration()).toBe("smssss");
    await enterStep(other, 1); // "three": no setup
    expect(runtimeLimits()).toEqual(before);
    expect(await readClassMigration()).toEqual(ALL_MONOLITH);
    expect(lessonInProgress()).toBe("other-lesson");
  });

  it("without a lab bench the runtime part still applies and the rest says it is not available yet", async () => {
    useLabBench(unavailableLabBench);
    const report = await enterStep(lesson, 0);
    expect(report.limits.idleTimeoutMs).toBe(2_000);
    expect(report.faults).toEqual([{ name: "database-latency", enabled: true, result: { ok: false, reason: NOT_AVAILABLE } }]);
  });
});
