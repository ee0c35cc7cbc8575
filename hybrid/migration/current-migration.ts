import "server-only";
// Which migration state a request is routed by. The class-wide state (in the database, changed only with the
// instructor key) applies to everyone, unless this browser chose its own (a cookie only it carries): a student can
// walk the path alone without moving anyone else's store, and nobody but the instructor moves the class.
import { ALL_MONOLITH, decodeMigrationState, type MigrationState } from "../../core/migration/migration-state";
import { isBuiltState } from "../../core/migration/unbuilt-states";
import { env } from "../../core/config/env";
import { readClassMigration } from "../../infra/migration/class-migration-state";

export const MIGRATION_COOKIE = "pst_migration";

export type CurrentMigration = { state: MigrationState; classState: MigrationState; source: "class" | "browser" };

export function migrationCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: env().secureCookies, path: "/", maxAge: 60 * 60 * 12 };
}

function cookieValue(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A state stored before decision 023 that it now refuses is not routed by: never to something half-built. */
function served(state: MigrationState | undefined): MigrationState | undefined {
  return state && isBuiltState(state) ? state : undefined;
}

export async function currentMigration(headers: Headers): Promise<CurrentMigration> {
  const classState = served(await readClassMigration()) ?? ALL_MONOLITH;
  const own = served(decodeMigrationState(cookieValue(headers, MIGRATION_COOKIE)));
  return own ? { state: own, classState, source: "browser" } : { state: classState, classState, source: "class" };
}
