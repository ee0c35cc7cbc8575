// The shared harness of the consumer stop tests (kill -9 in consumer-crash, Ctrl-C in consumer-sigint): queue
// some uploads, run the monolith's image consumer in a child process of its own (consumer-child.ts), wait on
// the shared database, and check that every upload ended processed and indexed exactly once.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { enqueueImageJob } from "../../monolith/images/enqueue-image-job";
import { makeCategory } from "../db-fixtures";
import { makeJpeg } from "./image-fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

export type ConsumerChild = { process: ChildProcess; output: () => string };

/** Starts the consumer as its own node process (not the tsx CLI, whose grandchild a SIGKILL would not reach). */
export function startConsumer(env: Record<string, string>): ConsumerChild {
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
  children.push(child);
  return { process: child, output: () => out };
}

/** For afterEach: no consumer outlives its test. */
export function killConsumers(): void {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Queues `count` uploads named `${prefix} i` and returns their image ids. */
export async function queueUploads(prefix: string, count: number, photoSize: { width: number; height: number }): Promise<string[]> {
  // Two processes share the SQLite file here (the test and the consumer): WAL lets the test read while the
  // consumer writes. (The app itself runs the consumer inside its one server process.)
  await prisma.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  const category = (await prisma.category.findUniqueOrThrow({ where: { id: await makeCategory() } })).slug;
  const photo = await makeJpeg(photoSize.width, photoSize.height);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const image = new Blob([new Uint8Array(photo)]);
    const { imageId } = await enqueueImageJob({ name: `${prefix} ${i}`, category, price: "10", stock: "1", image });
    ids.push(imageId);
  }
  return ids;
}

/** Until some photo is inside its store step: the moment to stop the consumer mid-job. */
export function untilStoreStepRuns(ids: string[]): Promise<void> {
  return until(
    async () => (await prisma.imageStep.count({ where: { imageId: { in: ids }, step: "store", status: "running" } })) > 0,
    30_000,
    "a running store step",
  );
}

export function untilAllJobsDone(ids: string[]): Promise<void> {
  return until(
    async () => (await prisma.imageJob.count({ where: { imageId: { in: ids }, status: "done" } })) === ids.length,
    60_000,
    "all jobs done",
  );
}

/** Exactly once: one pet per upload, one image row each, every upload's index step done. */
export async function expectEachUploadProcessedOnce(prefix: string, ids: string[]): Promise<void> {
  const pets = await prisma.pet.findMany({ where: { name: { startsWith: prefix } }, include: { images: true } });
  expect(pets).toHaveLength(ids.length);
  expect(pets.every((p) => p.images.length === 1)).toBe(true);
  expect(new Set(pets.flatMap((p) => p.images.map((i) => i.id)))).toEqual(new Set(ids));
  const index = await prisma.imageStep.findMany({ where: { imageId: { in: ids }, step: "index" } });
  expect(index).toHaveLength(ids.length);
  expect(index.every((s) => s.status === "done")).toBe(true);
}
