// The class-wide migration state of the hybrid store, in the database (table ClassSetting, key "migration"), like
// the lab bench's failure switches: every app instance on one database routes the same way. The hybrid store
// asks on every request, so this answers from an in-process copy re-read at most every REFRESH_MS; a write takes
// effect here at once and on the other instances within about half a second.
import { ALL_MONOLITH, decodeMigrationState, encodeMigrationState, type MigrationState } from "../../core/migration/migration-state";
import { untracedPrisma } from "../db/untraced-prisma";
import { retryBusy } from "../db/retry-busy";

const KEY = "migration";
const REFRESH_MS = 500;

type Copy = { state: MigrationState; readAt: number; version: number };
const holder = globalThis as unknown as { __classMigration?: Copy };
const copy = (): Copy => (holder.__classMigration ??= { state: ALL_MONOLITH, readAt: 0, version: 0 });

/** The class-wide state (all-monolith until the instructor moves something). */
export async function readClassMigration(): Promise<MigrationState> {
  const c = copy();
  if (Date.now() - c.readAt < REFRESH_MS) return c.state;
  const version = c.version;
  try {
    const row = await untracedPrisma.classSetting.findUnique({ where: { key: KEY } });
    // A local write that overlapped the read wins; an unreadable row counts as all-monolith.
    if (c.version === version) c.state = decodeMigrationState(row?.value) ?? ALL_MONOLITH;
  } catch {
    // No database (a build step): keep the copy.
  }
  c.readAt = Date.now();
  return c.state;
}

export async function writeClassMigration(state: MigrationState): Promise<MigrationState> {
  const c = copy();
  c.version++;
  c.state = state;
  c.readAt = Date.now();
  const value = encodeMigrationState(state);
  await retryBusy(() => untracedPrisma.classSetting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } }));
  return state;
}
