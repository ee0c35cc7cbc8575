import "server-only";
// The one wrapper every monolith form handler goes through: checks the CSRF token (403 if missing or
// wrong), hands the parsed form to the operation, and turns errors into a redirect back with a message
// (works with JavaScript off) — never a stack trace.
import { NextResponse, type NextRequest } from "next/server";
import { isAppError, toAppError } from "../../core/errors/app-error";
import { localeOfHeaders } from "../../core/i18n/locale";
import { translateErrorMessage, translateNotice } from "../../core/i18n/error-messages";
import type { LocaleCookie } from "../../infra/i18n/locale-cookie";
import { safeReturnPath } from "../../core/navigation/safe-return-path";
import { CSRF_FIELD, isValidCsrfToken } from "../session/csrf-token";
import { getSessionContext, type SessionContext } from "../session/get-session-context";
import { SESSION_COOKIE, sessionCookieOptions } from "../session/session-cookie";

/**
 * What an operation answers: where to send the browser (303) and, when it rotated the session (login,
 * registration, logout), the new session id to set as the cookie on that redirect.
 */
export type FormOutcome = { redirectTo: string; setSessionId?: string; setCookie?: LocaleCookie };

/** Same-site paths only (no open redirect): the one rule in core/navigation, used by both stores. */
export { safeReturnPath };

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
    return new NextResponse("That form could not be read. Go back and try again.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const session = await getSessionContext();
  if (!isValidCsrfToken(session.sid, form.get(CSRF_FIELD))) {
    return new NextResponse(
      "<!doctype html><title>Form expired</title><h1>This form has expired</h1><p>For your security we could not accept it (missing or invalid CSRF token). Go back, reload the page and try again.</p>",
      { status: 403, headers: { "content-type": "text/html; charset=utf-8" } },
    );
  }
  try {
    const { redirectTo, setSessionId, setCookie } = await operation(form, session);
    const response = seeOther(inLanguage(redirectTo, request));
    if (setSessionId) response.cookies.set(SESSION_COOKIE, setSessionId, sessionCookieOptions());
    if (setCookie) response.cookies.set(setCookie.name, setCookie.value, setCookie.options);
    return response;
  } catch (e) {
    const err = toAppError(e);
    if (!isAppError(e)) console.error("[monolith form]", e);
    // The message in the visitor's language (the code stays the same): the one place monolith form errors are worded.
    return seeOther(withMessage(onErrorPath(form), "error", translateErrorMessage(err, localeOfHeaders(request.headers))));
  }
}

/** The ?notice= an operation wrote, in the visitor's language: the one place monolith notices are worded. */
function inLanguage(path: string, request: NextRequest): string {
  const url = new URL(path, "http://x");
  const notice = url.searchParams.get("notice");
  if (!notice) return path;
  url.searchParams.set("notice", translateNotice(notice, localeOfHeaders(request.headers)));
  return `${url.pathname}${url.search}`;
}

/**
 * A 303 with a RELATIVE Location (RFC 9110 allows it): the browser resolves it against the address it used, so
 * it stays on the host its session cookie belongs to, and no Host header a client sends can put another site in
 * the Location. `path` must be a same-site path (safeReturnPath, withMessage); anything else becomes the store.
 */
function seeOther(path: string): NextResponse {
  const location = path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") ? path : "/monolith";
  return new NextResponse(null, { status: 303, headers: { location } });
}
