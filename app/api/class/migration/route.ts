// The hybrid store's migration state.
// GET  → { auth, pages, catalog, search, purchase, images, classState, source, stepOnRecommendedPath, routing }
// PUT  { auth, pages, catalog, search, purchase, images } → the class-wide state (instructor key; else 401/403);
//      with ?scope=browser, this browser's own state (a cookie; anyone, affects no one else).
// DELETE ?scope=browser → this browser follows the class state again.
// POST (the migration panel's HTML form, works without JavaScript) → 303 back to the page.
import { NextResponse } from "next/server";
import { AppError, isAppError, toAppError } from "@/core/errors/app-error";
import { parseInput } from "@/core/errors/parse-input";
import { requireSameOrigin, requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { setFlash } from "@/monolith/forms/flash-message";
import { SMALL_FORM_BYTES, readFormBody, readJsonBody } from "@/infra/http/read-body";
import { changeMigration, changeMigrationFromForm, migrationScopeSchema, type CookieChange } from "@/hybrid/migration/change-migration";
import { MIGRATION_COOKIE, migrationCookieOptions } from "@/hybrid/migration/current-migration";
import { describeMigration } from "@/hybrid/migration/describe-migration";
import { errorResponse } from "@/serverless/gateway/error-response";

export const dynamic = "force-dynamic";
const NO_STORE = { "Cache-Control": "no-store" };

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

export async function GET(request: Request) {
  try {
    return NextResponse.json(await describeMigration(request.headers), { headers: NO_STORE });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}

export async function PUT(request: Request) {
  try {
    requireSameOriginJson(request);
    const scope = parseInput(migrationScopeSchema, new URL(request.url).searchParams.get("scope") ?? "class");
    const { cookie } = await changeMigration(
      request.headers,
      scope,
      await readJsonBody(request, { invalid: "Send the settings as a JSON object." }),
    );
    return withCookie(NextResponse.json(await describeMigration(afterChange(request, cookie)), { headers: NO_STORE }), cookie);
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}

export async function DELETE(request: Request) {
  try {
    requireSameOrigin(request);
    const cookie: CookieChange = { clear: true };
    return withCookie(NextResponse.json(await describeMigration(afterChange(request, cookie)), { headers: NO_STORE }), cookie);
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}

export async function POST(request: Request) {
  let form: FormData;
  try {
    requireSameOrigin(request);
    form = await readFormBody(request, { maxBytes: SMALL_FORM_BYTES });
  } catch (e) {
    return errorResponse(
      isAppError(e) ? e : new AppError("bad_request", "That form could not be read. Go back and try again."),
      undefined,
      request,
    );
  }
  try {
    const { cookie, returnTo } = await changeMigrationFromForm(request.headers, form);
    return withCookie(new NextResponse(null, { status: 303, headers: { location: returnTo, ...NO_STORE } }), cookie);
  } catch (e) {
    const back = new URL("/hybrid/migration", "http://x");
    const error = toAppError(e);
    // A refused state (409) goes back as the state itself, so the panel can say in the visitor's language what to move first.
    const refused = error.code === "conflict" ? error.details?.state : undefined;
    if (typeof refused === "string") back.searchParams.set("migrationRefused", refused);
    else setFlash(back, "migrationError", error.message);
    return new NextResponse(null, { status: 303, headers: { location: `${back.pathname}${back.search}`, ...NO_STORE } });
  }
}
