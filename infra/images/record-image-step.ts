import "server-only";
// Step bookkeeping for GET /api/images/{id}: each step's status, attempts, timings and last error.
// "running" counts an attempt and stamps the start; "done"/"failed" stamp the end. Upserts, so it also works
// for an image whose step rows were never created (and repeating an event is harmless).
// imageStepWrite returns the write unsent, so a caller can send several in one transaction (recordImageWrites):
// one commit instead of one per row, e.g. "step 1 done" with "step 2 running".
// The writes are SQL on the process's own libSQL client (infra/db/sql-client.ts, decision 024), not Prisma: each
// photo makes 8–10 of them in either architecture, and Prisma ran each upsert as a transaction of its own, a read
// and a write, every one compiled by its query compiler (docs/performance.md, "Pipelines: where the time goes").
import type { InStatement } from "@libsql/client";
import type { PipelineStep, StepStatus } from "../../core/images/image-rules";
import { sqlTimestamp, sqlWrite, sqlWriteTransaction } from "../db/sql-client";

/** One bookkeeping write, unsent. */
export type ImageBookkeepingWrite = InStatement;

export function imageStepWrite(imageId: string, step: PipelineStep, status: StepStatus, error?: string): ImageBookkeepingWrite {
  const now = sqlTimestamp(new Date());
  if (status === "running") {
    return {
      sql: `INSERT INTO "ImageStep" ("imageId", "step", "status", "attempts", "startedAt") VALUES (?, ?, ?, 1, ?)
            ON CONFLICT ("imageId", "step") DO UPDATE SET "status" = excluded."status", "attempts" = "ImageStep"."attempts" + 1,
              "startedAt" = excluded."startedAt", "finishedAt" = NULL, "error" = NULL`,
      args: [imageId, step, status, now],
    };
  }
  const finishedAt = status === "queued" ? null : now;
  return {
    sql: `INSERT INTO "ImageStep" ("imageId", "step", "status", "finishedAt", "error") VALUES (?, ?, ?, ?, ?)
          ON CONFLICT ("imageId", "step") DO UPDATE SET "status" = excluded."status", "finishedAt" = excluded."finishedAt",
            "error" = excluded."error"`,
    args: [imageId, step, status, finishedAt, error ?? null],
  };
}

/** The upload's overall status as an unsent write (record-image-upload-status.ts sends one on its own). */
export function imageUploadStatusWrite(imageId: string, status: StepStatus, error?: string | null): ImageBookkeepingWrite {
  return {
    sql: `UPDATE "ImageUpload" SET "status" = ?, "error" = ?, "updatedAt" = ? WHERE "id" = ?`,
    args: [status, error ?? null, sqlTimestamp(new Date()), imageId],
  };
}

/** Several bookkeeping writes in one transaction (one commit): all of them or none. A lone one needs no BEGIN … COMMIT. */
export async function recordImageWrites(writes: ImageBookkeepingWrite[]): Promise<void> {
  if (writes.length === 1) {
    await sqlWrite("ImageStep.record", writes[0]!);
    return;
  }
  await sqlWriteTransaction("ImageStep.record", async (tx) => {
    for (const write of writes) await tx.execute(write);
  });
}

export async function recordImageStep(imageId: string, step: PipelineStep, status: StepStatus, error?: string): Promise<void> {
  await recordImageWrites([imageStepWrite(imageId, step, status, error)]);
}
