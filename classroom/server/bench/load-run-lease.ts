// "A load run is in progress", in the database (a ClassSetting row, key "load-run"), so that a second app instance
// on the same database refuses a second run with 409 instead of doubling the load. The row is a lease: it names
// the run and until when it holds (the run's planned end plus a margin), so a run whose instance died does not
// block the bench for longer than that. The run itself (its virtual users and figures) stays in its instance.
import { untracedPrisma } from "../../../infra/db/untraced-prisma";
import { retryBusy } from "../../../infra/db/retry-busy";

const KEY = "load-run";

/** Takes the lease for `runId` until `untilMs` unless another run holds it; true when taken. */
export async function claimLoadRun(runId: string, untilMs: number, now = Date.now()): Promise<boolean> {
  const value = JSON.stringify({ runId, until: untilMs });
  const at = new Date(now).toISOString();
  // One statement: inserted, or taken over only when the lease it finds has run out.
  const rows = await retryBusy(
    () => untracedPrisma.$queryRaw<{ key: string }[]>`
      INSERT INTO "ClassSetting" ("key", "value", "updatedAt") VALUES (${KEY}, ${value}, ${at})
      ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"
        WHERE COALESCE(json_extract("ClassSetting"."value", '$.until'), 0) < ${now}
      RETURNING "key"`,
  );
  return rows.length === 1;
}

/** Gives the lease back when the run ends (only this run's: a later run's lease is left alone). */
export async function releaseLoadRun(runId: string): Promise<void> {
  await retryBusy(
    () => untracedPrisma.$executeRaw`
      DELETE FROM "ClassSetting" WHERE "key" = ${KEY} AND json_extract("value", '$.runId') = ${runId}`,
  ).catch((e: unknown) => {
    // The lease then runs out by itself (its planned end plus the margin); say so rather than fail the stop.
    const reason = e instanceof Error ? e.message.split("\n").find((line) => line.trim() !== "") : String(e);
    console.warn(`The load-run lease could not be given back: ${reason ?? "unknown error"}`);
  });
}
