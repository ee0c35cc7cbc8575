// THE body reader of the app: every route that reads a request body reads it here, as a stream with a cap per
// route. A declared Content-Length over the cap is refused before one byte is read (413); a body that turns out
// longer than declared (or has no length: chunked) is cut off at the cap, so nothing larger is ever buffered. Call
// it only after the cheap checks (session, CSRF/same-origin, role): an anonymous client must not make us read.
import type { $ZodType, output } from "zod/v4/core";
import { AppError } from "../../core/errors/app-error";
import type { ErrorId, ErrorText } from "../../core/errors/error-text";
import { parseInput } from "../../core/errors/parse-input";

/** JSON endpoints' default: a few KB (classroom answers, settings, an order of 50 lines fits in 16 KB). */
export const SMALL_JSON_BYTES = 8 * 1024;
/** The classroom's phone endpoints (join, answers, the presenter's commands): a name or a choice. */
export const CLASS_JSON_BYTES = 2_000;
/** Plain HTML forms (login, cart, checkout): a few fields. */
export const SMALL_FORM_BYTES = 16 * 1024;

export type BodyLimits = {
  /** The most bytes this route reads. */
  maxBytes: number;
  /** The 413's sentence; default "That request is too large." (request.tooLarge). */
  tooLarge?: ErrorText;
};

function tooLarge(limits: BodyLimits): AppError {
  return new AppError("payload_too_large", limits.tooLarge ?? { id: "request.tooLarge" }, { maxBytes: limits.maxBytes });
}

/** The declared Content-Length alone (no read): throws 413 when it is over the cap. Cheap enough to call first. */
export function refuseDeclaredOversize(request: Request, limits: BodyLimits): void {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes) throw tooLarge(limits);
}

/** The body's bytes, at most `maxBytes` of them (413 otherwise); an absent body is empty. */
export async function readBodyBytes(request: Request, limits: BodyLimits): Promise<Buffer> {
  refuseDeclaredOversize(request, limits);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      throw AppError.of("bad_request", "request.unreadable");
    }
    if (next.done) break;
    total += next.value.byteLength;
    if (total > limits.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limits);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks, total);
}

export type JsonBodyOptions<S extends $ZodType | undefined> = Partial<BodyLimits> & {
  /** Parsed with it (400 with the schema's sentence); without one the parsed JSON is returned as `unknown`. */
  schema?: S;
  /** The 400's sentence for a body that is empty or not JSON; default "Send a JSON object." (request.sendObject). */
  invalid?: ErrorId;
};

/**
 * A JSON body, read with a cap (default SMALL_JSON_BYTES) and, given a schema, validated:
 * `readJsonBody(request, { maxBytes: 2_000, schema })`. Throws AppError 413 / 400.
 */
export async function readJsonBody<S extends $ZodType | undefined = undefined>(
  request: Request,
  options: JsonBodyOptions<S> = {},
): Promise<S extends $ZodType ? output<S> : unknown> {
  const bytes = await readBodyBytes(request, { maxBytes: options.maxBytes ?? SMALL_JSON_BYTES, tooLarge: options.tooLarge });
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new AppError("bad_request", { id: options.invalid ?? "request.sendObject" });
  }
  return (options.schema ? parseInput(options.schema, value) : value) as S extends $ZodType ? output<S> : unknown;
}

/** A form body (urlencoded or multipart) read with a cap, then parsed; 400 when it is not a form. */
export async function readFormBody(request: Request, limits: BodyLimits): Promise<FormData> {
  const bytes = await readBodyBytes(request, limits);
  const contentType = request.headers.get("content-type") ?? "";
  try {
    return await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw AppError.of("bad_request", "form.unreadable");
  }
}
