// Runs before every page and API route (Next 16 "proxy", formerly middleware).
// - Monolith: makes sure the visitor has a server-session cookie (a random id; the server keeps the state),
//   so the first page render can already show a CSRF-protected form and a server-side cart.
// - Passes the current path to layouts, which the architecture switch needs to link to "the same page".
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE, newSessionId, sessionCookieOptions } from "./monolith/session/session-cookie";

export function proxy(request: NextRequest) {
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
  const response = NextResponse.next({ request: { headers } });
  if (newSid) response.cookies.set(SESSION_COOKIE, newSid, sessionCookieOptions());
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/blob).*)"],
};
