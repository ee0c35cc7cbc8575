/**
 * SQLite lets one writer in at a time; under a burst the libSQL driver can fail a write with "database is locked"
 * or a closed implicit transaction. Those writes changed nothing, so they are simply tried again.
 */
export async function retryBusy<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      const message = e instanceof Error ? e.message : "";
      const busy = /SQLITE_BUSY|database is locked|Transaction already closed|Transaction API error/i.test(message);
      if (!busy || attempt >= 8) throw e;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
    }
  }
}
