import "server-only";
// Liveness of the parts the store needs, for GET /api/health (public contract: { ok, db, storage, queue }).
// Each probe is real (a query, a storage round trip), so "ok" means the app can actually serve a purchase.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { StoragePort } from "../../core/images/storage-port";
import { prisma as defaultPrisma } from "../db/prisma-client";
import { getStorage } from "../storage/get-storage";

export type HealthReport = { ok: boolean; db: boolean; storage: boolean; queue: boolean };

type HealthDeps = { prisma: Pick<PrismaClient, "$queryRaw" | "imageJob">; storage: StoragePort };

// A job due this long ago and still unclaimed means the image consumer is not draining the queue.
const QUEUE_STALL_MS = 5 * 60_000;

// A hung database or blob store must turn into "unhealthy", not a health request that never answers.
const PROBE_TIMEOUT_MS = 3000;

async function probe(check: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function checkDb(prisma: HealthDeps["prisma"]): Promise<boolean> {
  const rows = await prisma.$queryRaw<Array<{ ok: number | bigint }>>`SELECT 1 AS ok`;
  return Number(rows[0]?.ok) === 1;
}

async function checkStorage(storage: StoragePort): Promise<boolean> {
  // A unique key per probe: concurrent health checks never delete each other's object.
  const key = `health/probe-${randomUUID()}.json`;
  const body = Buffer.from(JSON.stringify({ probe: key }));
  try {
    await storage.put(key, body, "application/json");
    const read = await storage.get(key);
    return read !== null && read.body.equals(body);
  } finally {
    await storage.delete(key).catch(() => undefined);
  }
}

async function checkQueue(prisma: HealthDeps["prisma"]): Promise<boolean> {
  const stalled = await prisma.imageJob.count({ where: { status: "queued", runAfter: { lt: new Date(Date.now() - QUEUE_STALL_MS) } } });
  return stalled === 0;
}

export async function checkHealth(deps: HealthDeps = { prisma: defaultPrisma, storage: getStorage() }): Promise<HealthReport> {
  const [db, storage, queue] = await Promise.all([
    probe(() => checkDb(deps.prisma)),
    probe(() => checkStorage(deps.storage)),
    // The monolith's job queue: the table answers and nothing due has been waiting for minutes.
    probe(() => checkQueue(deps.prisma)),
  ]);
  return { ok: db && storage && queue, db, storage, queue };
}
