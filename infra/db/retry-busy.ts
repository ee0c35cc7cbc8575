/**
 * SQLite lets one writer in at a time; under a burst the libSQL driver can fail a write with "database is locked"
 * or a closed implicit transaction. Prisma's libSQL adapter reports SQLITE_BUSY as a driver error of kind
 * "SocketTimeout" (its name for "the database did not answer in time"), so that message counts as busy too.
 * Those writes changed nothing, so they are simply tried again, with a growing pause (about 3 s in all).
 */
const BUSY = /SQLITE_BUSY|database is locked|Transaction already closed|Transaction API error|SocketTimeout/i;
const ATTEMPTS = 12;

export function isBusyError(e: unknown): boolean {
  return BUSY.test(e instanceof Error ? e.message : "");
}

export async function retryBusy<T>(write: () => Promise<T>, pause = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if (!isBusyError(e) || attempt >= ATTEMPTS - 1) throw e;
      await pause(5 + Math.random() * 40 * (attempt + 1));
    }
  }
}
