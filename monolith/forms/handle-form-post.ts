import "server-only";
// The one wrapper every monolith form handler goes through: checks the CSRF token (403 if missing or
// wrong), hands the parsed form to the operation, and turns errors into a redirect back with a message
// (works with JavaScript off) — never a stack trace.
import { NextResponse, type NextRequest } from "next/server";
import { isAppError, toAppError } from "../../core/errors/app-error";
import { CSRF_FIELD, isValidCsrfToken } from "../session/csrf-token";
import { getSessionContext, type SessionContext } from "../session/get-session-context";
import { SESSION_COOKIE, sessionCookieOptions } from "../session/session-cookie";

/**
 * What an operation answers: where to send the browser (303) and, when it rotated the session (login,
 * registration, logout), the new session id to set as the cookie on that redirect.
 */
export type FormOutcome = { redirectTo: string; setSessionId?: string };

/** Only same-site relative paths are allowed as redirect targets (no open redirects). */
export function safeReturnPath(value: unknown, fallback: string): string {
  return typeof value === "string" && /^\/(monolith|serverless)(\/|$|\?)/.test(value) && !value.startsWith("//") ? value : fallback;
}

export function withMessage(path: string, key: "error" | "notice", message: string): string {
  const url = new URL(path, "http://x");
  url.searchParams.set(key, message);
  return `${url.pathname}${url.search}`;
}

export async function handleFormPost(
  request: NextRequest,
  operation: (form: FormData, session: SessionContext) => Promise<FormOutcome>,
  onErrorPath: (form: FormData) => string,
): Promise<NextResponse> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new NextResponse("That form could not be read. Go back and try again.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const session = await getSessionContext();
  if (!isValidCsrfToken(session.sid, form.get(CSRF_FIELD))) {
    return new NextResponse(
      "<!doctype html><title>Form expired</title><h1>This form has expired</h1><p>For your security we could not accept it (missing or invalid CSRF token). Go back, reload the page and try again.</p>",
      { status: 403, headers: { "content-type": "text/html; charset=utf-8" } },
    );
  }
  try {
    const { redirectTo, setSessionId } = await operation(form, session);
    const response = seeOther(request, redirectTo);
    if (setSessionId) response.cookies.set(SESSION_COOKIE, setSessionId, sessionCookieOptions());
    return response;
  } catch (e) {
    const err = toAppError(e);
    if (!isAppError(e)) console.error("[monolith form]", e);
    return seeOther(request, withMessage(onErrorPath(form), "error", err.message));
  }
}

/**
 * A 303 to `path` on the host the BROWSER used (its Host header). request.nextUrl.origin can name another host
 * (Next reports "localhost" for 127.0.0.1), and a session cookie set for one host is not sent to the other, so
 * the visitor would look logged out. A bare relative Location is not enough: Next may absolutize it with its
 * own origin on the way out.
 */
function seeOther(request: NextRequest, path: string): NextResponse {
  const host = request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, "");
  const base = host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `${proto === "https" ? "https" : "http"}://${host}` : request.nextUrl.origin;
  return new NextResponse(null, { status: 303, headers: { location: new URL(path, base).toString() } });
}
