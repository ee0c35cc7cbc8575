// What every call to the database goes through, whichever client makes it (the Prisma client's query extension,
// infra/db/prisma-client.ts, and the order write's own client, infra/db/sql-client.ts): a "database" span in the
// architecture lens (its mode from the request that ran it) and the lab bench's "database latency" switch, which
// makes every query of both stores wait this much longer before it runs.
import { activeFault, faultSleep } from "../faults/fault-state";
import { withLensSpan } from "../../lens/server/with-lens-span";

export function databaseCall<T>(operation: string, run: () => Promise<T>): Promise<T> {
  return withLensSpan(
    `db ${operation}`,
    { component: "database", attributes: { "db.system": "sqlite", "db.operation": operation } },
    async () => {
      const slow = activeFault("database-latency");
      if (slow) await faultSleep(slow.ms);
      return run();
    },
  );
}
