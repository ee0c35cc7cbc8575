// The one error type of the app: a stable machine code, an HTTP status and what to tell a person, as an id of the
// sentence catalog (messages/errors.*.ts) and its values. Route handlers map it to `{ error: { code, message } }` or
// to a page, the message in the request's language (messageIn); nothing else reaches a client. `message` is the
// English sentence, for logs and tests.
import { renderError, type ErrorId, type ErrorArgs, type ErrorText } from "./error-text";
import type { Locale } from "../i18n/locale";

export type AppErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "out_of_stock"
  | "payload_too_large"
  | "rate_limited"
  | "timeout"
  | "csrf_failed"
  | "internal";

const STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  out_of_stock: 409,
  payload_too_large: 413,
  rate_limited: 429,
  timeout: 504,
  csrf_failed: 403,
  internal: 500,
};

// A brand shared by every copy of this module: a production build can hold two (a page's server-rendering layer and
// a route's), and a singleton made by one (the class state on globalThis) throws the other's AppError, which
// `instanceof` alone would not know: a wrong join code came back as a 500 instead of the 403.
const BRAND = Symbol.for("pet-store-twin.AppError");

export class AppError extends Error {
  readonly [BRAND] = true;
  readonly code: AppErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;
  /** The sentence as data: an id of the catalog and its values. */
  readonly text: ErrorText;

  /** For a sentence made elsewhere (IMAGE_ERRORS, a relayed answer); a throw site writes `AppError.of(…)`. */
  constructor(code: AppErrorCode, text: ErrorText, details?: Record<string, unknown>) {
    super(renderError(text, "en"));
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.details = details;
    this.text = text;
  }

  /** `AppError.of("out_of_stock", "stock.soldOut", { name })`: the values are the ones the sentence names (tsc). */
  static of<I extends ErrorId>(code: AppErrorCode, id: I, ...[params, details]: ErrorArgs<I, Record<string, unknown>>): AppError {
    return new AppError(code, params ? { id, params } : { id }, details);
  }
}

/** The error's sentence in `locale`: the one lookup every edge that answers a person makes. */
export function messageIn(error: AppError, locale: Locale): string {
  return renderError(error.text, locale);
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true);
}

/** Turns anything thrown into an AppError without leaking internals (stack traces, SQL) to a client. */
export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  return AppError.of("internal", "internal");
}
