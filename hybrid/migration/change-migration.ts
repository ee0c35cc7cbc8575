import "server-only";
// The operations behind /api/class/migration (JSON) and the migration panel's form (works without JavaScript).
// scope "class": the instructor moves everyone's hybrid store (database row). scope "browser": anyone moves their
// own (a cookie); "follow the class" drops it again.
import { z } from "zod";
import { AppError } from "../../core/errors/app-error";
import { parseInput } from "../../core/errors/parse-input";
import { CAPABILITIES, encodeMigrationState, migrationStateSchema, type MigrationState } from "../../core/migration/migration-state";
import { refuseUnbuiltState } from "../../core/migration/unbuilt-states";
import { safeReturnPath } from "../../core/navigation/safe-return-path";
import { requireInstructor } from "../../infra/access/instructor-access";
import { writeClassMigration } from "../../infra/migration/class-migration-state";

export const migrationScopeSchema = z.enum(["class", "browser"]);
export type MigrationScope = z.infer<typeof migrationScopeSchema>;

/** What to do with the browser's cookie after a change: set it to a state, clear it, or leave it. */
export type CookieChange = { set: string } | { clear: true } | null;

export async function changeMigration(
  headers: Headers,
  scope: MigrationScope,
  raw: unknown,
): Promise<{ state: MigrationState; cookie: CookieChange }> {
  const state = parseInput(migrationStateSchema, raw);
  // A state that would need a bridge not built here is refused (409), for the class and a browser alike: the
  // facade must never route anyone to something half-built (docs/decisions/023).
  refuseUnbuiltState(state);
  if (scope === "browser") return { state, cookie: { set: encodeMigrationState(state) } };
  requireInstructor(headers);
  await writeClassMigration(state);
  // The instructor now sees what the class sees.
  return { state, cookie: { clear: true } };
}

const formSchema = z.object({
  scope: migrationScopeSchema.default("browser"),
  action: z.enum(["apply", "follow-class"]).default("apply"),
  returnTo: z.string().max(2000).optional(),
});

/** The panel's form: six radio groups (auth=serverless, …), the scope, and where to go back to. */
export async function changeMigrationFromForm(headers: Headers, form: FormData): Promise<{ cookie: CookieChange; returnTo: string }> {
  const meta = formSchema.safeParse(Object.fromEntries(["scope", "action", "returnTo"].map((k) => [k, form.get(k) ?? undefined])));
  if (!meta.success) throw AppError.of("bad_request", "form.migrationUnreadable");
  const returnTo = safeReturnPath(meta.data.returnTo, "/hybrid", ["/hybrid", "/architecture"]);
  if (meta.data.action === "follow-class") return { cookie: { clear: true }, returnTo };
  const raw = Object.fromEntries(CAPABILITIES.map((c) => [c, form.get(c)]));
  const { cookie } = await changeMigration(headers, meta.data.scope, raw);
  return { cookie, returnTo };
}
