// The health check against the real (test) database and a real local storage folder.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "../db/prisma-client";
import { createLocalStorage } from "../storage/local-storage";
import { checkHealth } from "./check-health";

const storage = createLocalStorage(mkdtempSync(path.join(tmpdir(), "health-")));

describe("checkHealth", () => {
  it("reports every part healthy on a working database, storage and queue", async () => {
    expect(await checkHealth({ prisma, storage })).toEqual({ ok: true, db: true, storage: true, queue: true });
  });

  it("reports the database down when a query fails, and not ok", async () => {
    const broken = { ...prisma, $queryRaw: () => Promise.reject(new Error("down")), imageJob: prisma.imageJob } as unknown as typeof prisma;
    expect(await checkHealth({ prisma: broken, storage })).toEqual({ ok: false, db: false, storage: true, queue: true });
  });

  it("reports the queue stalled when a due job has waited for minutes", async () => {
    const stalled = { ...prisma, $queryRaw: prisma.$queryRaw.bind(prisma), imageJob: { count: async () => 1 } } as unknown as typeof prisma;
    expect(await checkHealth({ prisma: stalled, storage })).toEqual({ ok: false, db: true, storage: true, queue: false });
  });
});
