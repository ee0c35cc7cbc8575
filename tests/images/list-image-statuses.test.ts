// The admin pages' list of recent uploads: read in three queries for the whole list, it must say exactly what the
// per-upload status (GET /api/images/{id}) says for each upload, newest first.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createImageUpload } from "../../infra/images/create-image-upload";
import { getImageStatus, listImageStatuses } from "../../infra/images/get-image-status";
import { imageStepWrite, imageUploadStatusWrite, recordImageWrites } from "../../infra/images/record-image-step";
import { uid } from "../db-fixtures";

describe("listImageStatuses", () => {
  it("gives each upload the same status as getImageStatus, newest first, only those asked for", async () => {
    const runId = `list-${uid()}`;
    const ids: string[] = [];
    for (const name of ["First", "Second", "Third"]) {
      const imageId = randomUUID();
      ids.push(imageId);
      await createImageUpload({
        imageId,
        via: "serverless",
        draft: { name: `${name} ${uid()}`, categorySlug: "dogs", priceCents: 1000, stock: 1 },
        originalKey: `uploads/${imageId}/original`,
        runId,
      });
      await new Promise((r) => setTimeout(r, 5)); // distinct createdAt: "newest first" is checkable
    }
    // One upload in progress, one failed at a step, one untouched.
    await recordImageWrites([imageUploadStatusWrite(ids[0]!, "running"), imageStepWrite(ids[0]!, "thumbnail", "running")]);
    await recordImageWrites([
      imageStepWrite(ids[1]!, "store", "failed", "disk on fire"),
      imageUploadStatusWrite(ids[1]!, "failed", "disk on fire"),
    ]);

    const listed = await listImageStatuses({ runId }, 10);
    expect(listed.map((s) => s.id)).toEqual([...ids].reverse());
    for (const status of listed) expect(status).toEqual(await getImageStatus(status.id));
    expect(listed.find((s) => s.id === ids[1])).toMatchObject({ status: "failed", error: "disk on fire" });
    expect((await listImageStatuses({ runId }, 2)).map((s) => s.id)).toEqual([ids[2], ids[1]]);
    expect(await listImageStatuses({ runId: `none-${uid()}` }, 10)).toEqual([]);
  });
});
