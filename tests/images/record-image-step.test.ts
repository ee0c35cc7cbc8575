// The pipelines' step bookkeeping is SQL written by hand (infra/images/record-image-step.ts), read back by Prisma
// (the status views): each write must mean what the step rows say, in a form Prisma reads, and a batch is all or none.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "../../infra/db/prisma-client";
import { createImageUpload } from "../../infra/images/create-image-upload";
import { imageStepWrite, imageUploadStatusWrite, recordImageStep, recordImageWrites } from "../../infra/images/record-image-step";
import { uid } from "../db-fixtures";

const stepRow = (imageId: string, step: string) => prisma.imageStep.findUniqueOrThrow({ where: { imageId_step: { imageId, step } } });

async function newUpload(): Promise<string> {
  const imageId = randomUUID();
  await createImageUpload({
    imageId,
    via: "monolith",
    draft: { name: `Steps ${uid()}`, categorySlug: "dogs", priceCents: 1000, stock: 1 },
    originalKey: `uploads/${imageId}/original`,
  });
  return imageId;
}

describe("the step bookkeeping", () => {
  it("counts each start as an attempt, stamps start and end, and clears the last failure on a new start", async () => {
    const imageId = await newUpload();
    expect(await stepRow(imageId, "thumbnail")).toMatchObject({ status: "queued", attempts: 0, startedAt: null });

    await recordImageStep(imageId, "thumbnail", "running");
    const started = await stepRow(imageId, "thumbnail");
    expect(started).toMatchObject({ status: "running", attempts: 1, finishedAt: null, error: null });
    expect(started.startedAt).toBeInstanceOf(Date);
    expect(Math.abs(started.startedAt!.getTime() - Date.now())).toBeLessThan(60_000);

    await recordImageStep(imageId, "thumbnail", "failed", "decoder crashed");
    const failed = await stepRow(imageId, "thumbnail");
    expect(failed).toMatchObject({ status: "failed", attempts: 1, error: "decoder crashed" });
    expect(failed.finishedAt!.getTime()).toBeGreaterThanOrEqual(started.startedAt!.getTime());

    await recordImageStep(imageId, "thumbnail", "running");
    expect(await stepRow(imageId, "thumbnail")).toMatchObject({ status: "running", attempts: 2, finishedAt: null, error: null });
    await recordImageStep(imageId, "thumbnail", "done");
    expect(await stepRow(imageId, "thumbnail")).toMatchObject({ status: "done", attempts: 2, error: null });
  });

  it("makes the row of a step that has none, and sets the upload's status with its reason", async () => {
    const imageId = await newUpload();
    await prisma.imageStep.deleteMany({ where: { imageId, step: "index" } });
    await recordImageStep(imageId, "index", "running");
    expect(await stepRow(imageId, "index")).toMatchObject({ status: "running", attempts: 1 });

    const before = await prisma.imageUpload.findUniqueOrThrow({ where: { id: imageId } });
    await recordImageWrites([imageUploadStatusWrite(imageId, "failed", "disk on fire")]);
    const after = await prisma.imageUpload.findUniqueOrThrow({ where: { id: imageId } });
    expect(after).toMatchObject({ status: "failed", error: "disk on fire" });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
  });

  it("writes a batch whole or not at all", async () => {
    const imageId = await newUpload();
    const failure = await recordImageWrites([
      imageStepWrite(imageId, "thumbnail", "done"),
      { sql: `INSERT INTO "NoSuchTable" ("x") VALUES (1)`, args: [] },
    ]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(await stepRow(imageId, "thumbnail")).toMatchObject({ status: "queued", finishedAt: null });
  });
});
