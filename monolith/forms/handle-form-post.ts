import "server-only";
// The one wrapper every monolith form handler goes through: the cheap checks (same site, a session, the
// operation's role check) before the body is read, then the body with a cap, the CSRF token (403 if missing or
// wrong), the operation, and errors as a redirect back with a message (works with JavaScript off) — never a stack trace.
import { NextResponse, type NextRequest } from "next/server";
import { isAppError, messageIn, toAppError } from "../../core/errors/app-error";
import { errorSentence, noticeIn } from "../../core/errors/error-text";
import { localeOfHeaders } from "../../core/i18n/locale";
import type { LocaleCookie } from "../../infra/i18n/locale-cookie";
import { safeReturnPath } from "../../core/navigation/safe-return-path";
import { requireSameOrigin } from "../../infra/access/require-same-origin-json";
import { SMALL_FORM_BYTES, readFormBody } from "../../infra/http/read-body";
import { takeUploadSlot } from "../../infra/http/upload-slots";
import { CSRF_FIELD, isValidCsrfToken } from "../session/csrf-token";
import { setFlash } from "./flash-message";
import { getSessionContext, type SessionContext } from "../session/get-session-context";
import { SESSION_COOKIE, sessionCookieOptions } from "../session/session-cookie";

/**
 * What an operation answers: where to send the browser (303) and, when it rotated the session (login,
 * registration, logout), the new session id to set as the cookie on that redirect.
 */
export type FormOutcome = { redirectTo: string; setSessionId?: string; setCookie?: LocaleCookie };

/** Same-site paths only (no open redirect): the one rule in core/navigation, used by both stores. */
export { safeReturnPath };

/** `path` with a signed one-off message (flash-message.ts: a page shows only messages this server wrote). */
export function withMessage(path: string, key: "error" | "notice", message: string): string {
  const url = new URL(path, "http://x");
  setFlash(url, key, message);
  return `${url.pathname}${url.search}`;
}

export type FormPostOptions = {
  /** The most bytes this form's body may have (default SMALL_FORM_BYTES; the photo forms set their own). */
  maxBytes?: number;
  /**
   * Checks that need no body — who is asking and in what role — run BEFORE a byte of it is read, so that an
   * anonymous client cannot make the server read (and hold) a large body only to refuse it. Throw an AppError to
   * refuse (the visitor is sent back with its message), answer a FormOutcome to redirect instead, or a Response
   * to send as it is (the photo forms' 411/413 from the declared size).
   */
  before?: (session: SessionContext) => Promise<FormOutcome | Response | null | void> | FormOutcome | Response | null | void;
  /** Hold one of the few upload slots while the body is read and processed (the photo forms). */
  uploadSlot?: boolean;
};

function formExpired(): NextResponse {
  return new NextResponse(
    "<!doctype html><title>Form expired</title><h1>This form has expired</h1><p>For your security we could not accept it (missing or invalid CSRF token). Go back, reload the page and try again.</p>",
    // Connection: close: the client may still be sending a body we will not read.
    { status: 403, headers: { "content-type": "text/html; charset=utf-8", connection: "close" } },
  );
}

function plainText(status: number, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8", connection: "close" } });
}

export async function handleFormPost(
  request: NextRequest,
  operation: (form: FormData, session: SessionContext) => Promise<FormOutcome>,
  onErrorPath: (form: FormData) => string,
  options: FormPostOptions = {},
): Promise<NextResponse> {
  // The cheap checks first, in this order, none of which reads the body: another site's page (Fetch Metadata /
  // Origin), a request without a session (its CSRF token cannot be valid), then the operation's own (role).
  try {
    requireSameOrigin(request);
  } catch {
    return formExpired();
  }
  const session = await getSessionContext();
  if (!session.sid) return formExpired();
  const locale = localeOfHeaders(request.headers);
  const sendBack = (e: unknown, form: FormData) => {
    const err = toAppError(e);
    if (!isAppError(e)) console.error("[monolith form]", e);
    // The message in the visitor's language (the code stays the same): the one place monolith form errors are worded.
    return seeOther(withMessage(onErrorPath(form), "error", messageIn(err, locale)));
  };
  let release: (() => void) | undefined;
  try {
    const early = await options.before?.(session);
    if (early instanceof Response) return new NextResponse(early.body, early);
    if (early) return seeOther(inLanguage(early.redirectTo, request));
    if (options.uploadSlot) release = takeUploadSlot();
  } catch (e) {
    return sendBack(e, new FormData());
  }
  try {
    let form: FormData;
    try {
      form = await readFormBody(request, { maxBytes: options.maxBytes ?? SMALL_FORM_BYTES });
    } catch (e) {
      const err = toAppError(e);
      return err.code === "payload_too_large"
        ? plainText(413, errorSentence("form.tooLarge"))
        : plainText(400, errorSentence("form.unreadable"));
    }
    if (!isValidCsrfToken(session.sid, form.get(CSRF_FIELD))) return formExpired();
    try {
      const { redirectTo, setSessionId, setCookie } = await operation(form, session);
      const response = seeOther(inLanguage(redirectTo, request));
      if (setSessionId) response.cookies.set(SESSION_COOKIE, setSessionId, sessionCookieOptions());
      if (setCookie) response.cookies.set(setCookie.name, setCookie.value, setCookie.options);
      return response;
    } catch (e) {
      return sendBack(e, form);
    }
  } finally {
    release?.();
  }
}

/** The ?notice= an operation wrote, in the visitor's language: the one place monolith notices are worded. */
function inLanguage(path: string, request: NextRequest): string {
  const url = new URL(path, "http://x");
  const notice = url.searchParams.get("notice");
  if (!notice) return path;
  setFlash(url, "notice", noticeIn(notice, localeOfHeaders(request.headers)));
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
