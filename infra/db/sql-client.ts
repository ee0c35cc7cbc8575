// A libSQL client of the process's own, on the same database as Prisma, for the writes on the hot path of a
// class: placing an order (infra/orders/order-store.ts) and counting a caller's requests at the gateway
// (the database store of infra/throttle/throttle.ts). Prisma's libSQL adapter holds one lock for the whole
// process while a transaction is open, reads included, and each statement of an interactive transaction goes
// through its query engine; an order through Prisma cost 2–3 ms in process, here a fraction of that (decision 024).
// A transaction on this client runs its statements back to back.
import { createClient, type Client, type InStatement, type ResultSet, type Transaction } from "@libsql/client";
import { env } from "../../core/config/env";
import { databaseUrl } from "../database-url";
import { databaseCall } from "./database-call";
import { retryBusy } from "./retry-busy";
import { localFileClient } from "./local-file-driver";

const holder = globalThis as unknown as {
  __petStoreSqlClient?: Client;
  __petStoreSqlLocal?: boolean;
  __petStoreSqlTurn?: Promise<unknown>;
};

/** The client, made on first use, and whether it is on the local file (which decides how a transaction runs). */
function sqlConnection(): { client: Client; local: boolean } {
  if (!holder.__petStoreSqlClient) {
    const url = databaseUrl();
    holder.__petStoreSqlLocal = url.startsWith("file:");
    // The local file gets the same guards and connection settings as Prisma's connections (local-file-driver.ts).
    holder.__petStoreSqlClient = holder.__petStoreSqlLocal
      ? localFileClient(url)
      : createClient({ url, authToken: env().DATABASE_AUTH_TOKEN });
  }
  return { client: holder.__petStoreSqlClient, local: holder.__petStoreSqlLocal === true };
}

/** A timestamp as Prisma's libSQL adapter writes one (ISO 8601, "+00:00"), so Prisma reads it back the same. */
export function sqlTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** What a write transaction's work may do: run statements (inside the transaction). */
export type SqlTransaction = Pick<Transaction, "execute">;

/**
 * A write transaction on this client (BEGIN IMMEDIATE … COMMIT; anything thrown rolls it back), as a database call
 * (the lens span `db <operation>`, the "database latency" switch, waited out before the transaction opens so a slow
 * database never holds the write lock longer), tried again whole when SQLite is busy (another process held the
 * lock: the busy try changed nothing and was rolled back).
 */
export function sqlWriteTransaction<T>(operation: string, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  return databaseCall(operation, () =>
    retryBusy(() => inTurn(({ client, local }) => (local ? onOwnConnection(client, work) : onTransactionConnection(client, work)))),
  );
}

/**
 * One write statement on this client, atomic by itself (no BEGIN … COMMIT around it), as a database call like the
 * transactions above (the lens span `db <operation>`, the "database latency" switch), in turn with them, tried again
 * when SQLite is busy.
 */
export function sqlWrite(operation: string, statement: InStatement): Promise<ResultSet> {
  return databaseCall(operation, () => retryBusy(() => inTurn(({ client }) => client.execute(statement))));
}

/**
 * One write statement on this client (atomic by itself: no BEGIN … COMMIT around it), for bookkeeping the lens
 * does not show (the throttle's counts): no span and no "database latency" wait, since neither is
 * part of what a request does for its caller. In turn with the transactions above (a plain statement sent while a
 * transaction is open on the same connection would become part of it); tried again when SQLite is busy.
 */
export function sqlBookkeepingWrite(statement: InStatement): Promise<ResultSet> {
  return retryBusy(() => inTurn(({ client }) => client.execute(statement)));
}

/**
 * One write at a time in this process: started in the same moment, two transactions would interleave at their
 * awaits and the second's BEGIN would meet the first's lock inside SQLite, which waits synchronously, holding the
 * very event loop the first needs to finish. In turn, each runs its statements back to back.
 */
function inTurn<T>(write: (connection: { client: Client; local: boolean }) => Promise<T>): Promise<T> {
  const run = (holder.__petStoreSqlTurn ?? Promise.resolve()).then(() => write(sqlConnection()));
  holder.__petStoreSqlTurn = run.catch(() => undefined);
  return run;
}

/**
 * The local file: BEGIN … COMMIT on the client's own connection, which only these turns use. The libSQL client's
 * `transaction()` would hand that connection to the transaction and open a new one for the next (a file open and
 * the connection's set-up statements for every order: about a third of the driver's time per purchase).
 */
async function onOwnConnection<T>(client: Client, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  await client.execute("BEGIN IMMEDIATE");
  try {
    const result = await work(client);
    await client.execute("COMMIT");
    return result;
  } catch (e) {
    await client.execute("ROLLBACK").catch(() => undefined);
    throw e;
  }
}

/** A libSQL server: its own transaction (a remote client's plain statements are not one session). */
async function onTransactionConnection<T>(client: Client, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  const tx = await client.transaction("write");
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (e) {
    if (!tx.closed) await tx.rollback().catch(() => undefined);
    throw e;
  } finally {
    tx.close();
  }
}
