// The health check against the real (test) database and a real local storage folder.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../db/prisma-client";
import { createLocalStorage } from "../storage/local-storage";
import { checkHealth } from "./check-health";

const storage = createLocalStorage(mkdtempSync(path.join(tmpdir(), "health-")));

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe("checkHealth", () => {
  // Test files run one after another on one database: start without stalled jobs another file left behind.
  beforeEach(async () => {
    await prisma.imageJob.deleteMany({ where: { status: "queued", runAfter: { lt: minutesAgo(5) } } });
  });

  it("reports every part healthy on a working database, storage and queue", async () => {
    expect(await checkHealth({ prisma, storage })).toEqual({ ok: true, db: true, storage: true, queue: true });
  });

  it("reports the database down when a query fails, and not ok", async () => {
    const broken = { ...prisma, $queryRaw: () => Promise.reject(new Error("down")), imageJob: prisma.imageJob } as unknown as typeof prisma;
    expect(await checkHealth({ prisma: broken, storage })).toEqual({ ok: false, db: false, storage: true, queue: true });
  });

  it("reports the queue stalled when a due job has waited 5 minutes, not when it has waited 1", async () => {
    const recent = await prisma.imageJob.create({ data: { imageId: randomUUID(), status: "queued", runAfter: minutesAgo(1) } });
    try {
      expect(await checkHealth({ prisma, storage })).toEqual({ ok: true, db: true, storage: true, queue: true });
      const stalled = await prisma.imageJob.create({ data: { imageId: randomUUID(), status: "queued", runAfter: minutesAgo(6) } });
      try {
        expect(await checkHealth({ prisma, storage })).toEqual({ ok: false, db: true, storage: true, queue: false });
      } finally {
        await prisma.imageJob.delete({ where: { id: stalled.id } });
      }
    } finally {
      await prisma.imageJob.delete({ where: { id: recent.id } });
    }
  });
});
