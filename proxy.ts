// Runs before every page and API route (Next 16 "proxy", formerly middleware).
// - Monolith: makes sure the visitor has a server-session cookie (a random id; the server keeps the state),
//   so the first page render can already show a CSRF-protected form and a server-side cart.
// - Monolith: answers unknown pets and categories with a real 404 page (see find-missing-catalog-page.ts).
// - Passes the current path to layouts, which the architecture switch needs to link to "the same page".
import { NextResponse, type NextRequest } from "next/server";
import { isMissingCatalogPage } from "./monolith/catalog/find-missing-catalog-page";
import { SESSION_COOKIE, newSessionId, sessionCookieOptions } from "./monolith/session/session-cookie";

export async function proxy(request: NextRequest) {
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
