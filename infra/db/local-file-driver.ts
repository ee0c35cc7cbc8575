/**
 * The libSQL driver for a local SQLite file, made safe for two app instances on one file.
 *
 * The local-file driver (libsql-js, up to its current 0.5 line) leaves a statement that failed with SQLITE_BUSY
 * *in progress* until the garbage collector finalizes it (upstream: tursodatabase/libsql-js#228,
 * prisma/orm#30028). While it is, every later write on that connection stays uncommitted: this instance sees it,
 * no other instance does, and the lock it holds makes every other instance's writes busy. Two instances on one
 * file showed exactly that: a released load-run lease and a joined student stayed invisible to the other one.
 * Three things keep a stuck statement from lasting (decision 019):
 *
 * 1. A driver error is re-raised as a plain copy. The driver's own error keeps the statement reachable (its
 *    stack holds the driver's objects), and Prisma keeps its last hundred debug arguments, the error among them,
 *    so a statement whose error was kept could never be collected.
 * 2. After a busy error a full garbage collection runs soon (one serves a burst), which finalizes the statement;
 *    the connection's next query waits for it, so no write lands behind a stuck statement.
 * 3. A COMMIT that finds the file busy is tried again, and rolled back if it keeps failing: Prisma marks a
 *    transaction closed whether or not its COMMIT went through, so a failed one would otherwise hold its write
 *    lock for as long as Prisma remembers it.
 *
 * Every connection the driver opens is set up for a busy file first (decision 022): WAL, so readers and the one
 * writer no longer block each other; synchronous=NORMAL, so a commit appends to the log without waiting for the
 * disk (a power cut may lose the last commits, never corrupt the file); and a short busy_timeout, so a write
 * that meets another writer's commit waits a few milliseconds inside SQLite instead of failing at once. The wait
 * is synchronous (it holds the event loop), so it stays short; anything longer is still a busy error, handled as
 * above and retried asynchronously by the caller (retry-busy.ts).
 */
import { createClient, type Client, type InStatement, type ResultSet, type Transaction, type TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** At most one forced collection this often: under a burst of busy errors one collection serves them all. */
const MIN_GAP_MS = 250;
const COMMIT_ATTEMPTS = 8;
/** How long SQLite itself waits for another writer before a write fails busy: short, it blocks the event loop. */
export const BUSY_TIMEOUT_MS = 50;
/**
 * Run on every new connection before its first statement, in this order. journal_mode is stored in the file (the first
 * connection switches it; a switch that meets a busy file is tried again on the next connection);
 * synchronous and busy_timeout belong to the connection.
 */
export const CONNECTION_SETUP = [`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`, "PRAGMA synchronous = NORMAL", "PRAGMA journal_mode = WAL"];

type DriverError = Error & { code?: unknown; rawCode?: unknown };

const isDriverBusy = (e: DriverError) =>
  (typeof e.rawCode === "number" && (e.rawCode & 0xff) === 5) || /SQLITE_BUSY|database is locked/.test(e.message);

let collectGarbage: (() => void) | null | undefined;
let pending: Promise<void> | null = null;
let lastCollected = 0;
let localFileInUse = false;
/** A busy error happened since the last collection: a statement may be stuck. */
let maybeStuck = false;

function collector(): (() => void) | null {
  if (collectGarbage === undefined) {
    try {
      // V8's gc() without starting node with --expose-gc (next start gives no say in node's flags).
      setFlagsFromString("--expose-gc");
      collectGarbage = runInNewContext("gc") as () => void;
    } catch {
      collectGarbage = null;
    }
  }
  return collectGarbage;
}

/**
 * Finalizes statements a busy error left in progress, by a full garbage collection soon (at most one per
 * MIN_GAP_MS; callers in a burst share it). Resolves once the native finalizers have run. Nothing to do unless
 * this process has a local file open.
 */
export function releaseStuckStatements(): Promise<void> {
  const gc = localFileInUse ? collector() : null;
  if (!gc) return Promise.resolve();
  pending ??= new Promise<void>((resolve) => {
    const wait = Math.max(0, lastCollected + MIN_GAP_MS - Date.now());
    setTimeout(() => {
      pending = null;
      maybeStuck = false;
      lastCollected = Date.now();
      gc();
      // Native finalizers run in a callback after the collection itself.
      setImmediate(resolve);
    }, wait);
  });
  return pending;
}

/** The driver's error as a plain copy that keeps nothing of the driver alive (and a busy one cleaned up after). */
function detached(e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  const original = e as DriverError;
  if (isDriverBusy(original)) {
    maybeStuck = true;
    void releaseStuckStatements();
  }
  const copy: DriverError = new Error(original.message);
  copy.name = original.name;
  copy.code = original.code;
  copy.rawCode = original.rawCode;
  return copy;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Before a query on the main connection: wait out the collection a recent busy error asked for. */
async function settled<T>(run: () => Promise<T>): Promise<T> {
  if (maybeStuck) await releaseStuckStatements();
  return run().catch((e: unknown) => Promise.reject(detached(e)));
}

/**
 * A transaction on the guarded client's transaction connection: BEGIN … COMMIT on a connection that stays open for
 * the next transaction. Runs the same guards as every statement (GuardedClient.execute), and never leaves the
 * transaction open behind a COMMIT that failed.
 */
class ConnectionTransaction implements Transaction {
  #open = true;

  constructor(
    private readonly connection: Client,
    private readonly finished: () => void,
  ) {}

  execute(stmt: InStatement): Promise<ResultSet> {
    this.#checkOpen();
    return this.connection.execute(stmt);
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = [];
    for (const stmt of stmts) results.push(await this.execute(stmt));
    return results;
  }

  executeMultiple(sql: string): Promise<void> {
    this.#checkOpen();
    return this.connection.executeMultiple(sql);
  }

  async commit(): Promise<void> {
    this.#checkOpen();
    try {
      for (let attempt = 1; ; attempt++) {
        const failure = await this.connection.execute("COMMIT").then(
          () => null,
          (e: unknown) => e,
        );
        if (failure === null) return;
        if (!(failure instanceof Error) || !isDriverBusy(failure) || attempt >= COMMIT_ATTEMPTS) {
          // Never leave the transaction open behind a failed COMMIT: its lock would outlive it.
          await this.connection.execute("ROLLBACK").catch(() => undefined);
          throw failure;
        }
        await Promise.all([releaseStuckStatements(), pause(5 + Math.random() * 20 * attempt)]);
      }
    } finally {
      this.#finish();
    }
  }

  async rollback(): Promise<void> {
    if (!this.#open) return;
    try {
      await this.connection.execute("ROLLBACK").catch((e: unknown) => {
        // SQLite ends a transaction by itself after some errors; there is nothing left to roll back then.
        if (!(e instanceof Error && /no transaction is active/.test(e.message))) throw e;
      });
    } finally {
      this.#finish();
    }
  }

  close(): void {
    void this.rollback().catch(() => undefined);
  }

  get closed(): boolean {
    return !this.#open;
  }

  #finish(): void {
    if (!this.#open) return;
    this.#open = false;
    this.finished();
  }

  #checkOpen(): void {
    if (!this.#open) throw new Error("The transaction is closed.");
  }
}

const BEGIN: Record<TransactionMode, string> = {
  write: "BEGIN IMMEDIATE",
  read: "BEGIN TRANSACTION READONLY",
  deferred: "BEGIN DEFERRED",
};

class GuardedClient implements Client {
  /** The libSQL client opened its connection itself: the first statement lands on a connection not set up yet. */
  private freshConnection = true;
  private transactionConnection: GuardedClient | undefined;
  /** Settles when the transaction open now (if any) has ended: transactions on this client take turns. */
  private transactionTurn: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: Client,
    /** Opens another connection to the same database (for the transactions). */
    private readonly openConnection: () => Client,
  ) {}

  /** Sets up the connection the next statement will use, if it is new (opening it). */
  private async prepared<T>(run: () => Promise<T>): Promise<T> {
    if (this.freshConnection) {
      this.freshConnection = false;
      // A busy file can refuse the switch to WAL (it needs the file to itself): keep the connection's own
      // settings (the first two pragmas ran) and let the next connection try the switch again. A busy error is
      // still cleaned up after like any other (detached).
      // (One statement at a time: the driver's multi-statement call refuses statements that return rows.)
      for (const pragma of CONNECTION_SETUP) await this.client.execute(pragma).catch((e: unknown) => void detached(e));
    }
    return run();
  }

  execute(stmt: InStatement): Promise<ResultSet> {
    return settled(() => this.prepared(() => this.client.execute(stmt)));
  }

  batch(stmts: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    return settled(() => this.prepared(() => this.client.batch(stmts, mode)));
  }

  /**
   * Each transaction runs on one more connection of this client's, opened once and kept (a guarded client itself,
   * so set up and guarded like this one), one transaction at a time. The libSQL client's own `transaction()` hands
   * its connection to the transaction and opens a new one for what comes next: a file open, the set-up statements
   * and SQLite reading the whole schema again, for every transaction. Prisma starts one for many single writes (an
   * upsert, a create that returns its row): 8–9 per photo in the monolith's image pipeline.
   */
  async transaction(mode: TransactionMode = "write"): Promise<Transaction> {
    const previous = this.transactionTurn;
    let finished!: () => void;
    this.transactionTurn = new Promise<void>((resolve) => (finished = resolve));
    await previous;
    try {
      this.transactionConnection ??= new GuardedClient(this.openConnection(), this.openConnection);
      await this.transactionConnection.execute(BEGIN[mode]);
      return new ConnectionTransaction(this.transactionConnection, finished);
    } catch (e) {
      // The turn passes on: a transaction that could not begin holds nothing.
      finished();
      throw e;
    }
  }

  executeMultiple(sql: string): Promise<void> {
    return settled(() => this.prepared(() => this.client.executeMultiple(sql)));
  }

  sync(): Promise<void> {
    return this.client.sync();
  }

  close(): void {
    this.client.close();
    this.transactionConnection?.close();
  }

  get closed(): boolean {
    return this.client.closed;
  }

  get protocol(): string {
    return this.client.protocol;
  }
}

/** A guarded client of our own on a local file, beside Prisma's (infra/db/sql-client.ts). */
export function localFileClient(url: string): Client {
  localFileInUse = true;
  const open = () => createClient({ url });
  return new GuardedClient(open(), open);
}

/** Prisma's libSQL adapter on a guarded client; used for `file:` URLs (a remote libSQL server needs none of it). */
export class LocalFileLibSQL extends PrismaLibSQL {
  override createClient(...args: Parameters<PrismaLibSQL["createClient"]>): Client {
    localFileInUse = true;
    const open = () => super.createClient(...args);
    return new GuardedClient(open(), open);
  }
}
