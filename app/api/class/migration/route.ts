// The hybrid store's migration state.
// GET  → { auth, pages, catalog, search, purchase, images, classState, source, stepOnRecommendedPath, routing }
// PUT  { auth, pages, catalog, search, purchase, images } → the class-wide state (instructor key; else 401/403);
//      with ?scope=browser, this browser's own state (a cookie; anyone, affects no one else).
// DELETE ?scope=browser → this browser follows the class state again.
// POST (the migration panel's HTML form, works without JavaScript) → 303 back to the page.
import { NextResponse } from "next/server";
import { z } from "zod";
import { toAppError } from "@/core/errors/app-error";
import { setFlash } from "@/monolith/forms/flash-message";
import { jsonRoute } from "@/infra/http/json-route";
import { SMALL_FORM_BYTES, readFormBody } from "@/infra/http/read-body";
import { changeMigration, changeMigrationFromForm, migrationScopeSchema, type CookieChange } from "@/hybrid/migration/change-migration";
import { MIGRATION_COOKIE, migrationCookieOptions } from "@/hybrid/migration/current-migration";
import { describeMigration } from "@/hybrid/migration/describe-migration";

export const dynamic = "force-dynamic";
const scopeQuery = z.object({ scope: migrationScopeSchema.default("class") });

function withCookie(response: NextResponse, change: CookieChange): NextResponse {
  if (change && "set" in change) response.cookies.set(MIGRATION_COOKIE, change.set, migrationCookieOptions());
  if (change && "clear" in change) response.cookies.set(MIGRATION_COOKIE, "", { ...migrationCookieOptions(), maxAge: 0 });
  return response;
}

/** The answer as the browser will see it once the cookie change lands. */
function afterChange(request: Request, change: CookieChange): Headers {
  const headers = new Headers(request.headers);
  const others = (headers.get("cookie") ?? "").split(";").filter((c) => c.trim() && !c.trim().startsWith(`${MIGRATION_COOKIE}=`));
  if (change && "set" in change) others.push(`${MIGRATION_COOKIE}=${change.set}`);
  headers.set("cookie", others.join(";"));
  return headers;
}

export const GET = jsonRoute({}, async ({ request }) => describeMigration(request.headers));

export const PUT = jsonRoute({ query: scopeQuery, body: { invalid: "request.settingsObject" } }, async ({ request, query, body }) => {
  const { cookie } = await changeMigration(request.headers, query.scope, body);
  return withCookie(NextResponse.json(await describeMigration(afterChange(request, cookie))), cookie);
});

export const DELETE = jsonRoute({ sameOrigin: "origin" }, async ({ request }) => {
  const cookie: CookieChange = { clear: true };
  return withCookie(NextResponse.json(await describeMigration(afterChange(request, cookie))), cookie);
});

// The panel's form: a refusal goes back to the panel as a 303 (works without JavaScript), not as a JSON error.
export const POST = jsonRoute({ sameOrigin: "origin" }, async ({ request }) => {
  const form = await readFormBody(request, { maxBytes: SMALL_FORM_BYTES });
  try {
    const { cookie, returnTo } = await changeMigrationFromForm(request.headers, form);
    return withCookie(new NextResponse(null, { status: 303, headers: { location: returnTo } }), cookie);
  } catch (e) {
    const back = new URL("/hybrid/migration", "http://x");
    const error = toAppError(e);
    // A refused state (409) goes back as the state itself, so the panel can say in the visitor's language what to move first.
    const refused = error.code === "conflict" ? error.details?.state : undefined;
    if (typeof refused === "string") back.searchParams.set("migrationRefused", refused);
    else setFlash(back, "migrationError", error.message);
    return new NextResponse(null, { status: 303, headers: { location: `${back.pathname}${back.search}` } });
  }
});
