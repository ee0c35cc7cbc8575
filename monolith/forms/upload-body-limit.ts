// The size gate in front of every server-rendered "Add pet" upload (the monolith's and the hybrid's): those routes
// are outside proxy.ts's matcher, which would buffer (and cut at 10 MB) the body before the route saw it, so they
// refuse an over-size body here, from its Content-Length, before reading it.
import { IMAGE_ERRORS, MAX_UPLOAD_BYTES } from "@/core/images/image-rules";
import { renderError } from "@/core/errors/error-text";

// The photo may be 10 MiB; the other fields and multipart framing need a little room on top.
export const MAX_UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
// A browser that is still sending when the answer comes shows a connection error, not the answer: a body up to
// this size is read and dropped first, so the person sees the 413 page. Anything larger is cut off at once.
const DRAIN_LIMIT_BYTES = 4 * MAX_UPLOAD_BYTES;

async function drain(request: Request, limit: number): Promise<void> {
  if (!request.body) return;
  const reader = request.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    total += value.byteLength;
    if (total > limit) return void (await reader.cancel());
  }
}

/** 411 without a Content-Length, a 413 page (linking back to `formPath`) over the limit; null when the body may be read. */
export async function refuseOversizeUpload(request: Request, formPath: string): Promise<Response | null> {
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) {
    return new Response("A Content-Length is required for uploads.", {
      status: 411,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (length <= MAX_UPLOAD_BODY_BYTES) return null;
  if (length <= DRAIN_LIMIT_BYTES) await drain(request, DRAIN_LIMIT_BYTES).catch(() => undefined);
  return new Response(
    `<!doctype html><meta charset="utf-8"><title>File too large</title><main><h1>File too large</h1><p role="alert">${renderError(IMAGE_ERRORS.tooLargeFile, "en")}</p><p><a href="${formPath}">Back to Add pet</a></p></main>`,
    // Connection: close: the client may still be sending the rest of a body we will not read.
    { status: 413, headers: { "content-type": "text/html; charset=utf-8", connection: "close" } },
  );
}

/** The "Add pet" form's fields as the add-pet operations take them (they validate with zod). */
export function addPetFields(form: FormData) {
  return {
    name: form.get("name"),
    category: form.get("category"),
    price: form.get("price"),
    stock: form.get("stock"),
    image: form.get("image"),
  };
}
