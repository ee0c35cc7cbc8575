// Runs before every page and API route (Next 16 "proxy", formerly middleware).
// - Every browser: a random visitor id (httpOnly cookie, no row anywhere), and the request's trace is noted as
//   that visitor's, so the architecture lens shows each visitor only their own traffic.
// - Pages: a Content-Security-Policy with a fresh nonce (Next puts it on its own scripts) and HSTS over https;
//   the other security headers come from next.config.ts for every path.
// - The Workflow SDK's queue routes: only the SDK itself (this process's key, or a call from this machine).
// - The public replay pages: at most so many a minute from one network address ("replay-read").
// - Monolith: makes sure the visitor has a server-session cookie (a random id; the server keeps the state),
//   so the first page render can already show a CSRF-protected form and a server-side cart. No row is written.
// - Monolith: an anonymous visitor's "recently viewed" list is kept in a cookie, updated on a pet page view.
// - Monolith: answers unknown pets and categories with a real 404 page (see find-missing-catalog-page.ts).
// - Passes the current path to layouts, which the architecture switch needs to link to "the same page".
import { NextResponse, type NextRequest } from "next/server";
import { isSpanContextValid, trace } from "@opentelemetry/api";
import { parseRecentlyViewed, serializeRecentlyViewed, withViewed } from "./core/catalog/recently-viewed-list";
import { INSTRUCTOR_COOKIE, instructorCookieOptions, instructorCookieValue, isClassKey } from "./infra/access/instructor-access";
import { isForbiddenAdminPage } from "./monolith/auth/forbidden-admin-page";
import { VISITOR_COOKIE, isWellFormedVisitorId, newVisitorId, visitorCookieOptions, visitorKey } from "./infra/access/visitor-id";
import { clientIp } from "./infra/access/client-ip";
import { isSpanPost, mayMintVisitor } from "./infra/access/visitor-minting";
import { enforcesWorkflowQueueKey, hasWorkflowQueueKey, isWorkflowQueuePath } from "./infra/access/workflow-queue-key";
import { HSTS, newNonce, pageCsp } from "./infra/http/security-headers";
import { rememberTraceVisitor } from "./lens/server/lens-visitors";
import { isMissingCatalogPage } from "./monolith/catalog/find-missing-catalog-page";
import { RECENTLY_VIEWED_COOKIE, petIdOfPath, recentlyViewedCookieOptions } from "./monolith/catalog/recently-viewed-cookie";
import { FRESH_SESSION_HEADER, SESSION_COOKIE, newSessionId, sessionCookieOptions } from "./monolith/session/session-cookie";
import { env } from "./core/config/env";
import { renderError } from "./core/errors/error-text";
import { localeOfHeaders } from "./core/i18n/locale";
import { consume, retryAfterSeconds } from "./infra/throttle/throttle";

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

/** The queue routes answer only the Workflow SDK; anyone else gets the same 404 as a path that does not exist. */
function guardWorkflowQueue(request: NextRequest): NextResponse | undefined {
  if (!isWorkflowQueuePath(request.nextUrl.pathname) || !enforcesWorkflowQueueKey()) return undefined;
  // Only the key the local world sends: a loopback address proves nothing when students' requests can reach the
  // server through anything on this machine, and the tests themselves call from loopback.
  if (hasWorkflowQueueKey(request.headers)) return undefined;
  return NextResponse.json(
    { error: { code: "not_found", message: "Not found." } },
    { status: 404, headers: { "cache-control": "no-store" } },
  );
}

/**
 * A replay is public (a shared link, no key) and each view reads and renders a whole recording, so one network
 * address may open only so many a minute; past that, a 429 in the visitor's language with Retry-After.
 */
async function throttleReplay(request: NextRequest): Promise<NextResponse | undefined> {
  if (!request.nextUrl.pathname.startsWith("/class/replay/")) return undefined;
  const waitMs = await consume("replay-read", clientIp(request.headers));
  if (waitMs === 0) return undefined;
  const seconds = retryAfterSeconds(waitMs);
  return new NextResponse(renderError({ id: "request.tooManyFromNetwork", params: { seconds } }, localeOfHeaders(request.headers)), {
    status: 429,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": String(seconds) },
  });
}

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

type CookieOptions = NonNullable<Parameters<NextResponse["cookies"]["set"]>[2]>;

/** Adds `name=value` to the Cookie header the page sees, replacing an earlier value of the same cookie. */
function withRequestCookie(headers: Headers, name: string, value: string): void {
  const others = (headers.get("cookie") ?? "")
    .split(";")
    .map((c) => c.trim())
    .filter((c) => c && !c.startsWith(`${name}=`));
  headers.set("cookie", [...others, `${name}=${value}`].join("; "));
}

export async function proxy(request: NextRequest) {
  const keyExchange = exchangeClassKey(request);
  if (keyExchange) return keyExchange;
  const queueRefusal = guardWorkflowQueue(request);
  if (queueRefusal) return queueRefusal;
  const replayRefusal = await throttleReplay(request);
  if (replayRefusal) return replayRefusal;

  const { pathname } = request.nextUrl;
  const headers = new Headers(request.headers);
  headers.set("x-pst-path", pathname);
  // Only this proxy says a session is new: a client's own copy of the header is dropped.
  headers.delete(FRESH_SESSION_HEADER);
  headers.set("x-pst-search", request.nextUrl.search);
  const setCookies: [string, string, CookieOptions][] = [];

  // The visitor id: made on the first request, seen by this very request's page and spans too — but never for a
  // span post, and only so many per address (infra/access/visitor-minting.ts).
  let visitorId: string | undefined = request.cookies.get(VISITOR_COOKIE)?.value;
  if (!isWellFormedVisitorId(visitorId)) {
    visitorId = undefined;
    if (!isSpanPost(request.method, pathname) && (await mayMintVisitor(clientIp(request.headers)))) {
      visitorId = newVisitorId();
      withRequestCookie(headers, VISITOR_COOKIE, visitorId);
      setCookies.push([VISITOR_COOKIE, visitorId, visitorCookieOptions()]);
    }
  }
  // This runs inside the request's trace: every server span of it is this visitor's (lens-span-processor.ts).
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (visitorId && spanContext && isSpanContextValid(spanContext)) rememberTraceVisitor(spanContext.traceId, visitorKey(visitorId));

  // The hybrid store's server-rendered pages use the monolith's session (cart, CSRF) while its pages stay there.
  if (
    pathname.startsWith("/monolith") ||
    pathname.startsWith("/api/monolith") ||
    pathname.startsWith("/hybrid") ||
    pathname.startsWith("/api/hybrid")
  ) {
    if (!request.cookies.get(SESSION_COOKIE)?.value) {
      const sid = newSessionId();
      // The page rendered for this very request must see the cookie too.
      withRequestCookie(headers, SESSION_COOKIE, sid);
      setCookies.push([SESSION_COOKIE, sid, sessionCookieOptions()]);
      // Made just now, so no row can hold it: the page need not look it up (a first visit reads nothing).
      headers.set(FRESH_SESSION_HEADER, "1");
    }
  }

  // ARCH: an unknown pet or category in the monolith gets a server-rendered 404 page (works without JS);
  // the serverless SPA shows its not-found view in the browser.
  const missing = await isMissingCatalogPage(pathname);
  const viewedPetId = missing ? null : petIdOfPath(pathname);
  if (viewedPetId !== null) {
    const list = serializeRecentlyViewed(withViewed(parseRecentlyViewed(request.cookies.get(RECENTLY_VIEWED_COOKIE)?.value), viewedPetId));
    withRequestCookie(headers, RECENTLY_VIEWED_COOKIE, list);
    setCookies.push([RECENTLY_VIEWED_COOKIE, list, recentlyViewedCookieOptions()]);
  }

  // Pages (not API answers, which get their policy from next.config.ts): a policy with this request's nonce, on
  // the request (Next reads the nonce from it while rendering) and on the response (the browser enforces it).
  const isPage = !pathname.startsWith("/api/") && !isWorkflowQueuePath(pathname);
  const csp = isPage
    ? pageCsp(newNonce(), {
        https: isHttps(request),
        dev: env().NODE_ENV === "development",
        blobClientUploads: !!env().BLOB_READ_WRITE_TOKEN,
      })
    : undefined;
  if (csp) headers.set("content-security-policy", csp);

  // A signed-in non-admin on a monolith admin page: the page renders "Admins only"; the status must say 403.
  const response = missing
    ? NextResponse.rewrite(new URL("/monolith/not-found-page", request.url), { status: 404, request: { headers } })
    : (await isForbiddenAdminPage(pathname, request.cookies.get(SESSION_COOKIE)?.value))
      ? NextResponse.rewrite(request.nextUrl, { status: 403, request: { headers } })
      : NextResponse.next({ request: { headers } });
  for (const [name, value, options] of setCookies) response.cookies.set(name, value, options);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

// Not the photo uploads — the serverless PUT (api/serverless/uploads/{id}) and the monolith's "Add pet" form post
// (api/monolith/admin/pets, and the hybrid's api/hybrid/admin/pets): Next hands a proxied request to the route only after its whole body has arrived (it
// buffers a copy for the proxy, and cuts it at 10 MB), so an over-size upload could not be refused from its
// Content-Length header before the bytes come, and a 10 MiB photo would arrive cut short. The routes check
// their own size, session and CSRF; the proxy has nothing to do for them.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/blob|api/serverless/uploads/|api/monolith/admin/pets|api/hybrid/admin/pets).*)"],
};
