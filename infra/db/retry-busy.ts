/**
 * What the app does when SQLite is busy (another connection holds the lock): the write is tried again, and the
 * statement that failed is made to let go of its connection.
 *
 * - SQLite lets one writer in at a time; under a burst a write fails with SQLITE_BUSY. Prisma's libSQL adapter
 *   turns that into a driver error of kind "SocketTimeout" (its name for "the database did not answer in time"),
 *   which Prisma raises as P1008 "Operation has timed out": the error's code and its driver cause say busy, its
 *   message does not. Those writes changed nothing, so they are simply tried again, with a growing pause (about
 *   3 s in all).
 * - On the local file a busy statement can linger in the driver; the driver itself makes it let go before the
 *   connection's next query (local-file-driver.ts), so a retry here needs nothing more.
 */

const BUSY = /SQLITE_BUSY|database is locked|Transaction already closed|Transaction API error|SocketTimeout/i;
const ATTEMPTS = 12;

/** SQLite was busy: said by the driver directly, or by Prisma's wrapping of it (code P1008, driver kind SocketTimeout). */
export function isBusyError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (BUSY.test(e.message)) return true;
  const { code, meta } = e as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return code === "P1008" || meta?.driverAdapterError?.cause?.kind === "SocketTimeout";
}

export async function retryBusy<T>(write: () => Promise<T>, pause = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    // The error is let go of before the pause: it can keep the failed statement reachable (its stack holds the
    // driver's objects), and a statement still reachable cannot be finalized.
    const outcome = await write().then(
      (value) => ({ value }),
      (e: unknown) => {
        if (!isBusyError(e) || attempt >= ATTEMPTS - 1) throw e;
        return null;
      },
    );
    if (outcome) return outcome.value;
    await pause(5 + Math.random() * 40 * (attempt + 1));
  }
}
