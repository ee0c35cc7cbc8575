import "server-only";
// The one error shape of every JSON answer: `{ error: { code, message } }` with the AppError's status. Unknown errors
// become a generic 500 (logged here with the trace id); a stack trace or SQL never reaches a client.
import { AppError, isAppError, messageIn } from "../../core/errors/app-error";
import { localeOfHeaders } from "../../core/i18n/locale";

/** `request`: when given, the message is in the request's language (cookie, else Accept-Language); the code never changes. */
export function errorResponse(error: unknown, traceId?: string, request?: Request): Response {
  if (!isAppError(error)) {
    console.error(`[api] unhandled error${traceId ? ` (trace ${traceId})` : ""}:`, error);
  }
  const appError = isAppError(error) ? error : AppError.of("internal", "internal");
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (appError.status === 401) headers.set("WWW-Authenticate", `Bearer realm="pet-store-twin", error="invalid_token"`);
  if (appError.status === 403 && appError.code === "forbidden")
    headers.set("WWW-Authenticate", `Bearer realm="pet-store-twin", error="insufficient_scope"`);
  const retryAfter = appError.details?.retryAfterSeconds;
  if (typeof retryAfter === "number") headers.set("Retry-After", String(Math.max(1, Math.ceil(retryAfter))));
  return Response.json(
    {
      error: {
        code: appError.code,
        message: request ? messageIn(appError, localeOfHeaders(request.headers)) : appError.message,
      },
    },
    { status: appError.status, headers },
  );
}
