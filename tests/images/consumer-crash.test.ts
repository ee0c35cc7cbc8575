// kill -9 while steps are running, restart, and every upload still ends processed and indexed exactly once:
// the killed consumer's leases expire, the new one claims those jobs again, and the idempotent steps (keyed
// by image id) never create a second pet, image row or thumbnail set.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { enqueueImageJob } from "../../monolith/images/enqueue-image-job";
import { makeCategory, uid } from "../db-fixtures";
import { makeJpeg } from "./image-fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

function startConsumer(): ChildProcess {
  // node itself (not the tsx CLI, which would run the consumer in a grandchild that SIGKILL does not reach).
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(root, "tests/images/consumer-child.ts")],
    {
      cwd: root,
      env: { ...process.env, CHILD_LEASE_MS: "1500", CHILD_STEP_PAUSE_MS: "400" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", () => undefined);
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(d));
  children.push(child);
  return child;
}

afterEach(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
});

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("consumer crash (kill -9) and restart", () => {
  it("every upload ends processed and indexed exactly once", async () => {
    // Two processes share the SQLite file here (the test and the consumer): WAL lets the test read while the
    // consumer writes. (The app itself runs the consumer inside its one server process.)
    await prisma.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    const category = (await prisma.category.findUniqueOrThrow({ where: { id: await makeCategory() } })).slug;
    const prefix = `Crash ${uid()}`;
    const photo = await makeJpeg(800, 600);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { imageId } = await enqueueImageJob({
        name: `${prefix} ${i}`,
        category,
        price: "10",
        stock: "1",
        image: new Blob([new Uint8Array(photo)]),
      });
      ids.push(imageId);
    }

    const first = startConsumer();
    // Kill it while steps are running: some photo has started a step, and not all are done.
    await until(
      async () => (await prisma.imageStep.count({ where: { imageId: { in: ids }, step: "store", status: "running" } })) > 0,
      30_000,
      "a running store step",
    );
    const exited = new Promise((r) => first.once("exit", r));
    first.kill("SIGKILL");
    await exited;
    const interrupted = await prisma.imageJob.count({ where: { imageId: { in: ids }, status: { not: "done" } } });
    expect(interrupted).toBeGreaterThan(0);

    startConsumer();
    await until(
      async () => (await prisma.imageJob.count({ where: { imageId: { in: ids }, status: "done" } })) === ids.length,
      60_000,
      "all jobs done",
    );

    // Exactly once: one pet per upload, one image row each, every upload done and indexed.
    const pets = await prisma.pet.findMany({ where: { name: { startsWith: prefix } }, include: { images: true } });
    expect(pets).toHaveLength(ids.length);
    expect(pets.every((p) => p.images.length === 1)).toBe(true);
    expect(new Set(pets.flatMap((p) => p.images.map((i) => i.id)))).toEqual(new Set(ids));
    const index = await prisma.imageStep.findMany({ where: { imageId: { in: ids }, step: "index" } });
    expect(index).toHaveLength(ids.length);
    expect(index.every((s) => s.status === "done")).toBe(true);
    const jobs = await prisma.imageJob.findMany({ where: { imageId: { in: ids } } });
    // The interrupted ones were claimed twice.
    expect(jobs.filter((j) => j.attempts > 1).length).toBeGreaterThan(0);
  }, 120_000);
});
