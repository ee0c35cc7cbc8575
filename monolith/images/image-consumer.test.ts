// The monolith's consumer against a real, migrated database and the local storage adapter.
import { takeHandedOffOriginal } from "./original-hand-off";
import { afterEach, describe, expect, it } from "vitest";
import { THUMBNAIL_SIZES, originalKey, thumbnailKey } from "../../core/images/image-rules";
import { prisma } from "../../infra/db/prisma-client";
import { getStorage } from "../../infra/storage/get-storage";
import { makeCategory, uid, waitForJob } from "../../tests/db-fixtures";
import { EMPTY, SVG, TEXT_AS_JPG, makeJpeg, makePixelBomb, makeTruncatedJpeg } from "../../tests/images/image-fixtures";
import { enqueueImageJob } from "./enqueue-image-job";
import { defaultPipelineSteps, processImageJob } from "./process-image-job";
import { runImageConsumer, type ImageConsumer } from "./run-image-consumer";

let consumer: ImageConsumer | undefined;
afterEach(async () => {
  await consumer?.stop();
  consumer = undefined;
});

const quiet = () => undefined;

async function slugOf(categoryId: number): Promise<string> {
  return (await prisma.category.findUniqueOrThrow({ where: { id: categoryId } })).slug;
}

async function enqueue(bytes: Buffer, name = `Upload ${uid()}`) {
  const category = await slugOf(await makeCategory());
  const { imageId } = await enqueueImageJob({
    name,
    category,
    price: "49.99",
    stock: "2",
    image: new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }),
  });
  return { imageId, name };
}

async function storedKeys(imageId: string) {
  const storage = getStorage();
  const keys = [originalKey(imageId), ...THUMBNAIL_SIZES.map((s) => thumbnailKey(imageId, s))];
  const found = await Promise.all(keys.map(async (k) => ((await storage.get(k)) ? k : null)));
  return found.filter(Boolean);
}

describe("monolith image consumer", () => {
  it("processes an upload: thumbnails stored, one Pet + Image row, every step done", async () => {
    const { imageId, name } = await enqueue(await makeJpeg());
    consumer = runImageConsumer({ pollMs: 50, log: quiet });
    const job = await waitForJob(imageId, ["done", "dead"]);
    expect(job.status).toBe("done");
    const pets = await prisma.pet.findMany({ where: { name }, include: { images: true } });
    expect(pets).toHaveLength(1);
    expect(pets[0]).toMatchObject({ priceCents: 4999, stock: 2 });
    expect(pets[0]!.images[0]).toMatchObject({ id: imageId, smallKey: thumbnailKey(imageId, 160), status: "done" });
    // The thumbnails stay; the original (EXIF, GPS) is deleted once they exist.
    expect(await storedKeys(imageId)).toEqual(THUMBNAIL_SIZES.map((s) => thumbnailKey(imageId, s)));
    const steps = await prisma.imageStep.findMany({ where: { imageId } });
    expect(steps.map((s) => [s.step, s.status, s.attempts]).sort()).toEqual([
      ["index", "done", 1],
      ["metadata", "done", 1],
      ["store", "done", 1],
      ["thumbnail", "done", 1],
    ]);
  });

  it("takes the photo the post just received from memory: the original in storage is not read back", async () => {
    const { imageId } = await enqueue(await makeJpeg());
    let reads = 0;
    const steps = () => {
      const d = defaultPipelineSteps();
      return { ...d, storage: { ...d.storage, get: async (key: string) => (reads++, d.storage.get(key)) } };
    };
    consumer = runImageConsumer({ pollMs: 50, steps, log: quiet });
    expect((await waitForJob(imageId, ["done", "dead"])).status).toBe("done");
    expect(reads).toBe(0);
  });

  it.each([
    ["a text file renamed .jpg", () => TEXT_AS_JPG, "That file is not a JPEG, PNG or WebP image."],
    ["an SVG", () => SVG, "That file is not a JPEG, PNG or WebP image."],
    ["an empty file", () => EMPTY, "The file is empty."],
    ["a pixel bomb", () => makePixelBomb(), "The image is too large (20000 × 20000 pixels; at most 40 megapixels)."],
  ])("refuses %s at upload: nothing written, nothing stored", async (_label, make, reason) => {
    const name = `Refused ${uid()}`;
    const before = await prisma.imageUpload.count();
    await expect(enqueue(await make(), name)).rejects.toThrow(reason);
    expect(await prisma.imageUpload.count()).toBe(before);
    expect(await prisma.pet.count({ where: { name } })).toBe(0);
  });

  it("a truncated JPEG fails at the thumbnail step: dead with the reason, no rows, files removed", async () => {
    const { imageId, name } = await enqueue(await makeTruncatedJpeg());
    consumer = runImageConsumer({ pollMs: 50, log: quiet });
    const job = await waitForJob(imageId, ["done", "dead"]);
    expect(job).toMatchObject({ status: "dead", attempts: 1, lastError: "The image file is damaged or incomplete." });
    expect(await prisma.pet.count({ where: { name } })).toBe(0);
    expect(await prisma.image.count({ where: { id: imageId } })).toBe(0);
    expect(await storedKeys(imageId)).toEqual([]);
    const upload = await prisma.imageUpload.findUniqueOrThrow({ where: { id: imageId } });
    expect(upload).toMatchObject({ status: "failed", error: "The image file is damaged or incomplete." });
  });

  it("an original over the size limit in storage is dead-lettered at the first attempt, never retried", async () => {
    const { imageId } = await enqueue(await makeJpeg(200, 150));
    // As if it had grown in storage after the upload check: the thumbnail step checks the size again. After a
    // restart, that is: this process's in-memory copy of the upload (original-hand-off.ts) is gone.
    takeHandedOffOriginal(imageId);
    await getStorage().put(originalKey(imageId), Buffer.alloc(10 * 1024 * 1024 + 1, 0xff), "application/octet-stream");
    let thumbnails = 0;
    const steps = () => ({
      ...defaultPipelineSteps(),
      makeThumbnails: async (b: Buffer) => (thumbnails++, defaultPipelineSteps().makeThumbnails(b)),
    });
    consumer = runImageConsumer({ pollMs: 20, backoffBaseMs: 50, maxAttempts: 3, steps, log: quiet });
    const job = await waitForJob(imageId, ["done", "dead"]);
    expect(job).toMatchObject({ status: "dead", attempts: 1, lastError: "The file is too large (at most 10 MB)." });
    expect(thumbnails).toBe(1);
    expect(await storedKeys(imageId)).toEqual([]);
  });

  it("a step that keeps failing is retried with backoff, then dead-lettered with its reason", async () => {
    const { imageId } = await enqueue(await makeJpeg(400, 300));
    let calls = 0;
    const steps = () => ({
      ...defaultPipelineSteps(),
      indexPet: async () => {
        calls++;
        throw new Error("search index unavailable");
      },
    });
    const started = Date.now();
    consumer = runImageConsumer({ pollMs: 20, backoffBaseMs: 100, maxAttempts: 3, steps, log: quiet });
    const job = await waitForJob(imageId, ["dead"]);
    expect(calls).toBe(3);
    // Waited 100 ms then 200 ms between the attempts.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(job).toMatchObject({ status: "dead", attempts: 3, lastError: "search index unavailable" });
    const index = await prisma.imageStep.findUniqueOrThrow({ where: { imageId_step: { imageId, step: "index" } } });
    expect(index).toMatchObject({ status: "failed", attempts: 3, error: "search index unavailable" });
    // The metadata step is idempotent: three attempts, still one pet.
    expect(await prisma.image.count({ where: { id: imageId } })).toBe(1);
    expect(await prisma.imageUpload.findUniqueOrThrow({ where: { id: imageId } })).toMatchObject({
      status: "failed",
      error: "search index unavailable",
    });
  });

  it("resumes a job whose lease expired (its consumer crashed mid-job)", async () => {
    const { imageId, name } = await enqueue(await makeJpeg(400, 300));
    // As a killed consumer leaves it: running, lease already over.
    await prisma.imageJob.update({ where: { imageId }, data: { status: "running", attempts: 1, leaseUntil: new Date(Date.now() - 1000) } });
    consumer = runImageConsumer({ pollMs: 20, log: quiet });
    const job = await waitForJob(imageId, ["done", "dead"]);
    expect(job).toMatchObject({ status: "done", attempts: 2 });
    expect(await prisma.pet.count({ where: { name } })).toBe(1);
  });

  it("does not steal a job whose lease is still valid", async () => {
    const { imageId } = await enqueue(await makeJpeg(200, 150));
    await prisma.imageJob.update({ where: { imageId }, data: { status: "running", leaseUntil: new Date(Date.now() + 60_000) } });
    consumer = runImageConsumer({ pollMs: 20, log: quiet });
    await new Promise((r) => setTimeout(r, 300));
    expect((await prisma.imageJob.findUniqueOrThrow({ where: { imageId } })).status).toBe("running");
    await prisma.imageJob.update({ where: { imageId }, data: { status: "done" } });
  });

  it("does not lose a wake that comes while a claim is reading: the new photo waits for no poll interval", async () => {
    // The claim's read runs before the job exists and is held back until the job is committed and the wake sent,
    // the moment no loop is asleep to receive it. With a one-minute poll, only the kept wake can start the job.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let first = true;
    const jobs = new Proxy(prisma.imageJob, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (key !== "findMany" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
        return async (...args: unknown[]) => {
          const rows = (await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)) as unknown;
          if (first) {
            first = false;
            await held;
          }
          return rows;
        };
      },
    });
    const slowReads = new Proxy(prisma, { get: (target, key) => (key === "imageJob" ? jobs : Reflect.get(target, key)) });
    consumer = runImageConsumer({ concurrency: 1, pollMs: 60_000, prisma: slowReads, log: quiet });
    await new Promise((r) => setTimeout(r, 200));
    const { imageId } = await enqueue(await makeJpeg(200, 150));
    consumer.wake();
    release();
    const job = await waitForJob(imageId, ["done", "dead"], 10_000);
    expect(job.status).toBe("done");
  });

  it("is idempotent: running every step twice changes nothing", async () => {
    const { imageId, name } = await enqueue(await makeJpeg(400, 300));
    const first = await processImageJob(imageId);
    const second = await processImageJob(imageId);
    expect(second.petId).toBe(first.petId);
    expect(await prisma.pet.count({ where: { name } })).toBe(1);
    expect(await prisma.image.count({ where: { id: imageId } })).toBe(1);
    await prisma.imageJob.update({ where: { imageId }, data: { status: "done" } });
  });
});
