// State-changing JSON endpoints accept only `Content-Type: application/json` from this site. A cross-site page can
// send a "simple" request (text/plain, form encoding) without a CORS preflight, and the browser would attach our
// cookies to it; requiring JSON forces a preflight we never grant, and the Fetch Metadata / Origin checks refuse
// what a browser says came from elsewhere. Scripts (curl, the test suite) send neither header and pass.
import { AppError } from "../../core/errors/app-error";

export function requireSameOriginJson(request: Request): void {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    throw AppError.of("bad_request", "request.notJson");
  }
  requireSameOrigin(request);
}

/** The Fetch Metadata / Origin half alone, for an HTML form post (which a browser always sends with Origin). */
export function requireSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw AppError.of("forbidden", "request.crossSite");
  }
  const origin = request.headers.get("origin");
  if (origin && origin !== "null" && !isOriginOfHost(origin, request.headers.get("host")))
    throw AppError.of("forbidden", "request.crossSite");
}

/**
 * The strict half for a form post that carries no CSRF token (the language form): the browser must say it came
 * from this site (every browser sends Origin on a POST); a request that says nothing is refused too.
 */
export function requireSameOriginForm(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  const sameOrigin = site ? site === "same-origin" : isOriginOfHost(request.headers.get("origin"), request.headers.get("host"));
  if (!sameOrigin) throw AppError.of("forbidden", "request.crossSite");
}

/** Does this Origin header name this Host? A malformed Origin names no host (false, never an exception). */
export function isOriginOfHost(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
