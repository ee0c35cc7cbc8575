// The one place the lab bench's failure switches live: in the database (table ClassSetting, one row per switch
// that was ever touched, key "fault:<name>"), so that every app instance on one database sees the same switches —
// the instructor flips one on instance A and the students on instance B get it.
//
// `activeFault(name)` is asked on hot paths (every function invocation, every database query for the latency
// switch, every storage operation), so it answers synchronously from an in-process copy that is re-read in the
// background at most every REFRESH_MS; another instance's change is seen within about half a second. `set` and
// `reset` change the copy at once (so this instance obeys immediately) and write through to the database in order.
import { FAULT_NAMES, FAULTS, isFaultName, type FaultName, type FaultParams } from "../../core/faults/fault-catalog";
import { untracedPrisma } from "../db/untraced-prisma";
import { retryBusy } from "../db/retry-busy";

export type FaultSetting<N extends FaultName = FaultName> = { enabled: boolean; params: FaultParams<N> };

const REFRESH_MS = 500;
const PREFIX = "fault:";

type Copy = {
  settings: Map<FaultName, FaultSetting>;
  readAt: number;
  refreshing: boolean;
  /** Writes of this process not yet in the database; a read that overlaps one may be stale and is not applied. */
  pendingWrites: number;
  /** Bumped by every local change: a read that started before it is not applied. */
  version: number;
  /** Writes go to the database one after another, in the order they were made. */
  queue: Promise<void>;
};
// Process-wide (globalThis): every route bundle Next loads, the image consumer and the workflow steps share it.
const holder = globalThis as unknown as { __labFaults?: Copy };

function copy(): Copy {
  holder.__labFaults ??= { settings: new Map(), readAt: 0, refreshing: false, pendingWrites: 0, version: 0, queue: Promise.resolve() };
  return holder.__labFaults;
}

const off = <N extends FaultName>(name: N): FaultSetting<N> => ({ enabled: false, params: { ...FAULTS[name].defaults } as FaultParams<N> });

async function readAll(): Promise<Map<FaultName, FaultSetting>> {
  const rows = await untracedPrisma.classSetting.findMany({ where: { key: { startsWith: PREFIX } } });
  const settings = new Map<FaultName, FaultSetting>();
  for (const row of rows) {
    const name = row.key.slice(PREFIX.length);
    // A switch this version does not know (a newer instance on the same database) is ignored.
    if (!isFaultName(name)) continue;
    try {
      const value = JSON.parse(row.value) as { enabled?: unknown; params?: unknown };
      const params = typeof value.params === "object" && value.params !== null ? value.params : {};
      settings.set(name, { enabled: value.enabled === true, params: { ...FAULTS[name].defaults, ...params } as FaultParams<FaultName> });
    } catch {
      // An unreadable row counts as "off".
    }
  }
  return settings;
}

/** Reads the switches from the database into the copy, unless a local change overlapped the read. */
async function refresh(): Promise<void> {
  const c = copy();
  const version = c.version;
  const settings = await readAll();
  if (c.version === version && c.pendingWrites === 0) c.settings = settings;
  c.readAt = Date.now();
}

function refreshInBackground(): void {
  const c = copy();
  if (c.refreshing || Date.now() - c.readAt < REFRESH_MS) return;
  c.refreshing = true;
  refresh()
    // No database (a unit test, a build step): keep the copy and try again after REFRESH_MS.
    .catch(() => (c.readAt = Date.now()))
    .finally(() => (c.refreshing = false));
}

function writeThrough(write: () => Promise<unknown>): Promise<void> {
  const c = copy();
  c.version++;
  c.pendingWrites++;
  const done = c.queue.then(() => retryBusy(write));
  // The queue goes on after a failed write; the caller of that write is told (the route answers with an error).
  c.queue = done.then(
    () => void c.pendingWrites--,
    () => void c.pendingWrites--,
  );
  return done.then(() => undefined);
}

export const faultState = {
  /** The switch's setting as this instance last read it (off with its default settings when never touched). */
  get<N extends FaultName>(name: N): FaultSetting<N> {
    refreshInBackground();
    return (copy().settings.get(name) as FaultSetting<N> | undefined) ?? off(name);
  },
  /** Takes effect on this instance at once; the promise settles when the database (and so every instance) has it. */
  set<N extends FaultName>(name: N, setting: FaultSetting<N>): Promise<void> {
    copy().settings.set(name, setting as FaultSetting);
    const value = JSON.stringify(setting);
    return writeThrough(() =>
      untracedPrisma.classSetting.upsert({ where: { key: PREFIX + name }, create: { key: PREFIX + name, value }, update: { value } }),
    );
  },
  /** All switches off, on every instance. */
  reset(): Promise<void> {
    copy().settings.clear();
    return writeThrough(() => untracedPrisma.classSetting.deleteMany({ where: { key: { startsWith: PREFIX } } }));
  },
  /** Every switch, read fresh from the database (after this instance's own writes have landed). */
  async list(): Promise<({ name: FaultName } & FaultSetting)[]> {
    const c = copy();
    await c.queue;
    await refresh().catch(() => undefined);
    return FAULT_NAMES.map((name) => ({ name, ...((c.settings.get(name) as FaultSetting | undefined) ?? off(name)) }));
  },
};

/** The switch's settings when it is on, else null: `const f = activeFault("database-latency"); if (f) …`. */
export function activeFault<N extends FaultName>(name: N): FaultParams<N> | null {
  const setting = faultState.get(name);
  return setting.enabled ? setting.params : null;
}

export const faultSleep = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());
