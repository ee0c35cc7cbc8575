// Two connections on one real SQLite file, as two app instances would have: a busy moment on one must not leave
// the other unable to see or make writes afterwards (local-file-driver.ts explains the driver defect).
import { createClient, type Client } from "@libsql/client";
import { PrismaClient } from "@prisma/client";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, LocalFileLibSQL, localFileClient } from "../../infra/db/local-file-driver";
import { isBusyError, retryBusy } from "../../infra/db/retry-busy";

let dir: string;
let url: string;
const opened: { close: () => unknown }[] = [];

/** A plain driver connection: the "other instance". */
function other(): Client {
  const c = createClient({ url });
  opened.push(c);
  return c;
}

/** This instance's Prisma client, as the app builds it for a local file. */
function appPrisma(): PrismaClient {
  const prisma = new PrismaClient({ adapter: new LocalFileLibSQL({ url }) });
  opened.push({ close: () => prisma.$disconnect() });
  return prisma;
}

const keys = async (c: Client) => (await c.execute("SELECT k FROM t ORDER BY k")).rows.map((r) => r.k);

/** The message of a failed promise, or null: only the message is kept, as the app keeps only Prisma's copy. */
const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => ({ busy: isBusyError(e), message: e instanceof Error ? e.message : String(e) }),
  );

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "pst-busy-"));
  url = `file:${path.join(dir, "t.db")}`;
  await other().execute("CREATE TABLE t (k TEXT PRIMARY KEY)");
});

afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the local-file driver after a busy moment", () => {
  it("a busy write is reported as busy, and this instance's next write is seen by the other", async () => {
    const prisma = appPrisma();
    const lock = await other().transaction("write");
    await lock.execute("INSERT INTO t VALUES ('other')");
    const failure = await failureOf(prisma.$executeRawUnsafe("INSERT INTO t VALUES ('busy')"));
    expect(failure?.busy).toBe(true);
    await lock.commit();

    await retryBusy(() => prisma.$executeRawUnsafe("INSERT INTO t VALUES ('mine')"));
    expect(await keys(other())).toEqual(["mine", "other"]);
    // And the lock is free: the other instance writes.
    await other().execute("INSERT INTO t VALUES ('later')");
    expect(await prisma.$queryRawUnsafe("SELECT k FROM t ORDER BY k")).toEqual([{ k: "later" }, { k: "mine" }, { k: "other" }]);
  });

  it("retryBusy writes through once the lock is free, and the write is seen by the other", async () => {
    const prisma = appPrisma();
    const lock = await other().transaction("write");
    await lock.execute("INSERT INTO t VALUES ('other')");
    setTimeout(() => void lock.commit(), 60);
    await retryBusy(() => prisma.$executeRawUnsafe("INSERT INTO t VALUES ('mine')"));
    expect(await keys(other())).toEqual(["mine", "other"]);
  });

  it("a transaction whose COMMIT meets a reader commits once the reader is done", async () => {
    const prisma = appPrisma();
    const reader = await other().transaction("read");
    await reader.execute("SELECT * FROM t");
    setTimeout(() => void reader.rollback(), 60);
    await prisma.$transaction([
      prisma.$executeRawUnsafe("INSERT INTO t VALUES ('a')"),
      prisma.$executeRawUnsafe("INSERT INTO t VALUES ('b')"),
    ]);
    expect(await keys(other())).toEqual(["a", "b"]);
  });

  it("a transaction that cannot commit is rolled back, so it holds no lock afterwards", async () => {
    const prisma = appPrisma();
    const reader = await other().transaction("read");
    await reader.execute("SELECT * FROM t");
    const failure = await failureOf(prisma.$transaction([prisma.$executeRawUnsafe("INSERT INTO t VALUES ('lost')")]));
    expect(failure?.busy).toBe(true);
    await reader.rollback();
    // Nothing half-written, and the file is free for the other instance.
    await other().execute("INSERT INTO t VALUES ('other')");
    expect(await keys(other())).toEqual(["other"]);
  });

  it("a constraint failure is not busy", async () => {
    const prisma = appPrisma();
    await prisma.$executeRawUnsafe("INSERT INTO t VALUES ('a')");
    expect((await failureOf(prisma.$executeRawUnsafe("INSERT INTO t VALUES ('a')")))?.busy).toBe(false);
  });
});

describe("every connection the local-file driver opens (decision 022)", () => {
  const settings = async (prisma: PrismaClient) => {
    const [journal] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await prisma.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
    const [busy] = await prisma.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
    return { journal: journal!.journal_mode, synchronous: Number(sync!.synchronous), busyTimeout: Number(busy!.timeout) };
  };
  const expected = { journal: "wal", synchronous: 1 /* NORMAL */, busyTimeout: BUSY_TIMEOUT_MS };

  it("runs in WAL with synchronous=NORMAL and a short busy_timeout, also on the connection transactions run on", async () => {
    const prisma = appPrisma();
    expect(await settings(prisma)).toEqual(expected);
    await prisma.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO t VALUES ('a')"));
    expect(await prisma.$transaction(async (tx) => settings(tx as unknown as PrismaClient))).toEqual(expected);
    await prisma.$transaction([prisma.$executeRawUnsafe("INSERT INTO t VALUES ('b')")]);
    expect(await settings(prisma)).toEqual(expected);
    expect(await keys(other())).toEqual(["a", "b"]);
  });

  it("in WAL a reader no longer blocks a writer's commit, and the reader sees the write once it starts again", async () => {
    const prisma = appPrisma();
    await prisma.$executeRawUnsafe("INSERT INTO t VALUES ('a')");
    const reader = await other().transaction("read");
    expect((await reader.execute("SELECT k FROM t")).rows.map((r) => r.k)).toEqual(["a"]);
    await prisma.$transaction([prisma.$executeRawUnsafe("INSERT INTO t VALUES ('b')")]);
    // The reader's snapshot stays as it began; a new read sees the commit.
    expect((await reader.execute("SELECT k FROM t")).rows.map((r) => r.k)).toEqual(["a"]);
    await reader.rollback();
    expect(await keys(other())).toEqual(["a", "b"]);
  });
});

describe("transactions on the local file", () => {
  /** A TEMP table lives on the connection that made it: seeing it says which connection a statement ran on. */
  const sawMarker = async (db: Pick<PrismaClient, "$queryRawUnsafe">) =>
    (await db.$queryRawUnsafe<unknown[]>("SELECT name FROM sqlite_temp_master WHERE name = 'marker'")).length === 1;

  it("run one after another on one connection kept open, not a new connection each", async () => {
    const prisma = appPrisma();
    await prisma.$transaction(async (tx) => tx.$executeRawUnsafe("CREATE TEMP TABLE marker (x)"));
    expect(await prisma.$transaction(async (tx) => sawMarker(tx))).toBe(true);
    expect(await prisma.$transaction(async (tx) => sawMarker(tx))).toBe(true);
    // …which is not the connection the statements outside a transaction use.
    expect(await sawMarker(prisma)).toBe(false);
  });

  it("a transaction that throws leaves nothing behind, and the next one on the same connection commits", async () => {
    const prisma = appPrisma();
    const failure = await failureOf(
      prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO t VALUES ('half')");
        throw new Error("the second step failed");
      }),
    );
    expect(failure?.message).toBe("the second step failed");
    await prisma.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO t VALUES ('whole')"));
    expect(await keys(other())).toEqual(["whole"]);
  });

  it("two started at once take turns on the connection and both commit", async () => {
    const client = localFileClient(url);
    opened.push(client);
    const first = await client.transaction("write");
    let secondBegan = false;
    const second = client.transaction("write").then((tx) => ((secondBegan = true), tx));
    await first.execute("INSERT INTO t VALUES ('first')");
    await new Promise((r) => setTimeout(r, 20));
    expect(secondBegan).toBe(false);
    await first.commit();
    const tx = await second;
    await tx.execute("INSERT INTO t VALUES ('second')");
    await tx.commit();
    expect(tx.closed).toBe(true);
    expect(await keys(other())).toEqual(["first", "second"]);
  });

  it("one that cannot begin (another instance holds the write lock) fails busy and holds up no later one", async () => {
    const client = localFileClient(url);
    opened.push(client);
    const lock = await other().transaction("write");
    await lock.execute("INSERT INTO t VALUES ('other')");
    expect((await failureOf(client.transaction("write")))?.busy).toBe(true);
    await lock.commit();
    const tx = await retryBusy(() => client.transaction("write"));
    await tx.execute("INSERT INTO t VALUES ('mine')");
    await tx.commit();
    expect(await keys(other())).toEqual(["mine", "other"]);
  });
});
