// Ctrl-C (SIGINT) while a photo is being processed: the consumer stops within its grace period even though the
// photo is not finished, that job keeps its lease (no half-written "done"), and the next start finishes every
// upload exactly once. The child stops the way scripts/serve.ts does (infra/lifecycle/shutdown-tasks.ts).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { enqueueImageJob } from "../../monolith/images/enqueue-image-job";
import { makeCategory, uid } from "../db-fixtures";
import { makeJpeg } from "./image-fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

function startConsumer(env: Record<string, string>): ChildProcess {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(root, "tests/images/consumer-child.ts")],
    {
      cwd: root,
      env: { ...process.env, CHILD_LEASE_MS: "1500", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(d));
  Object.defineProperty(child, "output", { get: () => out });
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

describe("consumer stopped with SIGINT mid-job, then restarted", () => {
  it("exits within its grace period, keeps the lease, and the next start finishes each upload once", async () => {
    await prisma.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    const category = (await prisma.category.findUniqueOrThrow({ where: { id: await makeCategory() } })).slug;
    const prefix = `Sigint ${uid()}`;
    const photo = await makeJpeg(640, 480);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { imageId } = await enqueueImageJob({
        name: `${prefix} ${i}`,
        category,
        price: "10",
        stock: "1",
        image: new Blob([new Uint8Array(photo)]),
      });
      ids.push(imageId);
    }

    // A store step far longer than the 1 s grace: the stop cannot wait for it.
    const first = startConsumer({ CHILD_STEP_PAUSE_MS: "8000", CHILD_STOP_GRACE_MS: "1000" });
    await until(
      async () => (await prisma.imageStep.count({ where: { imageId: { in: ids }, step: "store", status: "running" } })) > 0,
      30_000,
      "a running store step",
    );
    const sent = Date.now();
    const exited = new Promise<number | null>((r) => first.once("exit", (code) => r(code)));
    first.kill("SIGINT");
    const code = await exited;
    const took = Date.now() - sent;
    expect(code).toBe(0);
    expect(took).toBeLessThan(4_000);
    expect((first as unknown as { output: string }).output).toContain("stopped with jobs in flight");

    // The interrupted job is still "running" under a lease, not done and not dead: a claim after it expires resumes it.
    const cut = await prisma.imageJob.findMany({ where: { imageId: { in: ids }, status: "running" } });
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((j) => j.leaseUntil !== null)).toBe(true);

    startConsumer({ CHILD_STEP_PAUSE_MS: "50" });
    await until(
      async () => (await prisma.imageJob.count({ where: { imageId: { in: ids }, status: "done" } })) === ids.length,
      60_000,
      "all jobs done",
    );

    const pets = await prisma.pet.findMany({ where: { name: { startsWith: prefix } }, include: { images: true } });
    expect(pets).toHaveLength(ids.length);
    expect(pets.every((p) => p.images.length === 1)).toBe(true);
    expect(new Set(pets.flatMap((p) => p.images.map((i) => i.id)))).toEqual(new Set(ids));
    const index = await prisma.imageStep.findMany({ where: { imageId: { in: ids }, step: "index" } });
    expect(index).toHaveLength(ids.length);
    expect(index.every((s) => s.status === "done")).toBe(true);
  }, 120_000);
});
