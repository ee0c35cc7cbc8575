// The serverless pipeline's retry rules. Each step is a Workflow SDK step whose attempts the SDK's step handler
// counts from `maxRetries` on the step function as the *step bundle* loads it (without the workflow file), and a
// permanent failure must be a FatalError so the SDK never retries it. getStepMetadata is the SDK's per-attempt
// context, only available inside a running step: here it is stubbed (unit test); the rest is real (database,
// local storage, the function runtime's bookkeeping).
import { FatalError, RetryableError } from "workflow";
import { StorageUnavailableError } from "@/infra/storage/get-storage";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/core/errors/app-error";
import { IMAGE_ERRORS, STEP_MAX_RETRIES, originalKey } from "@/core/images/image-rules";
import { prisma } from "@/infra/db/prisma-client";
import { createImageUpload } from "@/infra/images/create-image-upload";
import { getStorage } from "@/infra/storage/get-storage";

const metadata = { attempt: 1 };
vi.mock("workflow", async (importOriginal) => ({
  ...(await importOriginal<typeof import("workflow")>()),
  getStepMetadata: () => metadata,
}));

const draft = { name: "Retry", categorySlug: "dogs", priceCents: 100, stock: 1 };

describe("serverless pipeline steps", () => {
  it("each step sets the SDK ceiling (far above MAX_STEP_ATTEMPTS: storage waits are not attempts) on the step itself", async () => {
    // Only the step files, as the step bundle loads them: never process-image-workflow.ts.
    const steps = [
      (await import("@/serverless/pipeline/make-thumbnails-step")).makeThumbnailsStep,
      (await import("@/serverless/pipeline/store-thumbnails-step")).storeThumbnailsStep,
      (await import("@/serverless/pipeline/write-metadata-step")).writeMetadataStep,
      (await import("@/serverless/pipeline/update-search-index-step")).updateSearchIndexStep,
    ];
    for (const step of steps) expect((step as { maxRetries?: number }).maxRetries, step.name).toBe(STEP_MAX_RETRIES);
  });

  it.each([
    ["too large", new AppError("payload_too_large", IMAGE_ERRORS.tooLargeFile)],
    ["not an image (an SVG too)", new AppError("bad_request", IMAGE_ERRORS.notImage)],
    ["too many pixels", new AppError("bad_request", IMAGE_ERRORS.tooManyPixels(20_000, 20_000))],
    ["truncated", new AppError("bad_request", IMAGE_ERRORS.damaged)],
  ])("a permanent failure (%s) is fatal at once: reason recorded, original deleted", async (_label, error) => {
    const { runImageStep } = await import("@/serverless/pipeline/run-image-step");
    const imageId = crypto.randomUUID();
    await createImageUpload({ imageId, via: "serverless", draft, originalKey: originalKey(imageId) });
    await getStorage().put(originalKey(imageId), Buffer.from("bytes"), "application/octet-stream");
    const thrown = await runImageStep(imageId, "thumbnail", () => Promise.reject(error)).catch((e: unknown) => e);
    expect(FatalError.is(thrown)).toBe(true);
    expect((thrown as Error).message).toBe(error.message);
    expect(await prisma.imageUpload.findUniqueOrThrow({ where: { id: imageId } })).toMatchObject({
      status: "failed",
      error: error.message,
    });
    expect(await getStorage().get(originalKey(imageId))).toBeNull();
  });

  it("a passing failure (storage hiccup) is thrown as is, for the SDK to retry", async () => {
    const { runImageStep } = await import("@/serverless/pipeline/run-image-step");
    const imageId = crypto.randomUUID();
    await createImageUpload({ imageId, via: "serverless", draft, originalKey: originalKey(imageId) });
    const thrown = await runImageStep(imageId, "store", () => Promise.reject(new Error("storage unavailable"))).catch((e: unknown) => e);
    expect(FatalError.is(thrown)).toBe(false);
    const step = await prisma.imageStep.findUniqueOrThrow({ where: { imageId_step: { imageId, step: "store" } } });
    expect(step).toMatchObject({ status: "failed", error: "Attempt 1 failed: storage unavailable" });
  });

  it("storage down: the step waits (a RetryableError with the backoff), marked waiting; the waits are not attempts", async () => {
    const { runImageStep } = await import("@/serverless/pipeline/run-image-step");
    const imageId = crypto.randomUUID();
    await createImageUpload({ imageId, via: "serverless", draft, originalKey: originalKey(imageId) });
    for (let attempt = 1; attempt <= 5; attempt++) {
      metadata.attempt = attempt;
      const thrown = await runImageStep(imageId, "store", () => Promise.reject(new StorageUnavailableError())).catch((e: unknown) => e);
      expect(RetryableError.is(thrown), `try ${attempt}`).toBe(true);
      expect(FatalError.is(thrown)).toBe(false);
    }
    const step = await prisma.imageStep.findUniqueOrThrow({ where: { imageId_step: { imageId, step: "store" } } });
    expect(step).toMatchObject({ status: "waiting", outageRetries: 5 });
    expect(step.error).toMatch(/^Storage is unavailable: waiting, next try in 30 s \(try 5; gives up after 10 min\)\.$/);
    // Two real failures after five waits: attempts 1 and 2, retried; the third ends the run.
    metadata.attempt = 6;
    const first = await runImageStep(imageId, "store", () => Promise.reject(new Error("disk hiccup"))).catch((e: unknown) => e);
    expect(FatalError.is(first)).toBe(false);
    expect((await prisma.imageStep.findUniqueOrThrow({ where: { imageId_step: { imageId, step: "store" } } })).error).toBe(
      "Attempt 1 failed: disk hiccup",
    );
    metadata.attempt = 8;
    const third = await runImageStep(imageId, "store", () => Promise.reject(new Error("disk hiccup"))).catch((e: unknown) => e);
    expect(FatalError.is(third)).toBe(true);
    expect((third as Error).message).toBe("Dead-lettered after 3 attempts: disk hiccup");
    metadata.attempt = 1;
  });
});
