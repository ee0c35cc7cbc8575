// Runs before every page and API route (Next 16 "proxy", formerly middleware).
// - Monolith: makes sure the visitor has a server-session cookie (a random id; the server keeps the state),
//   so the first page render can already show a CSRF-protected form and a server-side cart.
// - Monolith: answers unknown pets and categories with a real 404 page (see find-missing-catalog-page.ts).
// - Passes the current path to layouts, which the architecture switch needs to link to "the same page".
import { NextResponse, type NextRequest } from "next/server";
import { INSTRUCTOR_COOKIE, instructorCookieOptions, instructorCookieValue, isClassKey } from "./infra/access/instructor-access";
import { isMissingCatalogPage } from "./monolith/catalog/find-missing-catalog-page";
import { SESSION_COOKIE, newSessionId, sessionCookieOptions } from "./monolith/session/session-cookie";

/**
 * `/class?key=<instructor key>` (the link `npm start` prints): a right key becomes the httpOnly instructor cookie
 * and the key leaves the address bar (and the history) at once; a wrong one is refused without a hint.
 */
function exchangeClassKey(request: NextRequest): NextResponse | undefined {
  if (request.nextUrl.pathname !== "/class" || !request.nextUrl.searchParams.has("key")) return undefined;
  if (!isClassKey(request.nextUrl.searchParams.get("key"))) {
    return new NextResponse("That instructor key is not right. Copy the Instructor link that npm start printed.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  // Next needs an absolute URL here, and turns a same-origin one back into a relative Location ("/class"), so
  // the browser resolves it against the address it used: the Host header never reaches the answer.
  const response = NextResponse.redirect(new URL("/class", request.url), { status: 303, headers: { "cache-control": "no-store" } });
  response.cookies.set(INSTRUCTOR_COOKIE, instructorCookieValue(), instructorCookieOptions());
  return response;
}

export async function proxy(request: NextRequest) {
  const keyExchange = exchangeClassKey(request);
  if (keyExchange) return keyExchange;

  const headers = new Headers(request.headers);
  headers.set("x-pst-path", request.nextUrl.pathname);
  headers.set("x-pst-search", request.nextUrl.search);

  let newSid: string | undefined;
  if (request.nextUrl.pathname.startsWith("/monolith") || request.nextUrl.pathname.startsWith("/api/monolith")) {
    if (!request.cookies.get(SESSION_COOKIE)?.value) {
      newSid = newSessionId();
      // The page rendered for this very request must see the cookie too.
      const cookie = request.headers.get("cookie");
      headers.set("cookie", `${cookie ? `${cookie}; ` : ""}${SESSION_COOKIE}=${newSid}`);
    }
  }
  // ARCH: an unknown pet or category in the monolith gets a server-rendered 404 page (works without JS);
  // the serverless SPA shows its not-found view in the browser.
  const response = (await isMissingCatalogPage(request.nextUrl.pathname))
    ? NextResponse.rewrite(new URL("/monolith/not-found-page", request.url), { status: 404, request: { headers } })
    : NextResponse.next({ request: { headers } });
  if (newSid) response.cookies.set(SESSION_COOKIE, newSid, sessionCookieOptions());
  return response;
}

// Not the photo PUT (api/serverless/uploads/{id}): Next hands a proxied request to the route only after its
// whole body has arrived (it buffers a copy for the proxy), so an over-size upload could not be refused from
// its Content-Length header before the bytes come — and the proxy has nothing to do for it anyway.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/blob|api/serverless/uploads/).*)"],
};
