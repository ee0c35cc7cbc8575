// The one error type of the app: a stable machine code, an HTTP status and a message a person understands.
// Route handlers map it to `{ error: { code, message } }` or to a page; nothing else reaches a client.

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

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true);
}

/** Turns anything thrown into an AppError without leaking internals (stack traces, SQL) to a client. */
export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  return new AppError("internal", "Something went wrong on our side. Please try again.");
}
