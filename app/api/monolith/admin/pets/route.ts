// Form handler: the monolith's "Add pet" (multipart: fields + photo). Admins only, CSRF-checked like every
// monolith form. A body over the size limit is refused from its Content-Length with a 413 page. Success: 303 to
// /monolith/admin?image=<id>, where the per-step status shows (JS or not). This route is outside proxy.ts's
// matcher, which would buffer (and cut at 10 MB) the body before the route ever saw it.
import type { NextRequest } from "next/server";
import { AppError } from "@/core/errors/app-error";
import { IMAGE_ERRORS, MAX_UPLOAD_BYTES } from "@/core/images/image-rules";
import { handleFormPost } from "@/monolith/forms/handle-form-post";
import { enqueueImageJob } from "@/monolith/images/enqueue-image-job";

// The photo may be 10 MiB; the other fields and multipart framing need a little room on top.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
// A browser that is still sending when the answer comes shows a connection error, not the answer: a body up to
// this size is read and dropped first, so the person sees the 413 page. Anything larger is cut off at once.
const DRAIN_LIMIT_BYTES = 4 * MAX_UPLOAD_BYTES;

async function drain(request: NextRequest, limit: number): Promise<void> {
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
const ADMIN_PATH = "/monolith/admin";

function tooLarge(): Response {
  return new Response(
    `<!doctype html><meta charset="utf-8"><title>File too large</title><main><h1>File too large</h1><p role="alert">${IMAGE_ERRORS.tooLargeFile}</p><p><a href="${ADMIN_PATH}">Back to Add pet</a></p></main>`,
    // Connection: close: the client may still be sending the rest of a body we will not read.
    { status: 413, headers: { "content-type": "text/html; charset=utf-8", connection: "close" } },
  );
}

export async function POST(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) {
    return new Response("A Content-Length is required for uploads.", {
      status: 411,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (length > MAX_BODY_BYTES) {
    if (length <= DRAIN_LIMIT_BYTES) await drain(request, DRAIN_LIMIT_BYTES).catch(() => undefined);
    return tooLarge();
  }

  return handleFormPost(
    request,
    async (form, session) => {
      if (!session.user) throw new AppError("unauthorized", "Log in as an admin to add pets.");
      if (session.user.role !== "admin") throw new AppError("forbidden", "Admins only: your account cannot add pets.");
      const { imageId } = await enqueueImageJob({
        name: form.get("name"),
        category: form.get("category"),
        price: form.get("price"),
        stock: form.get("stock"),
        image: form.get("image"),
      });
      return { redirectTo: `${ADMIN_PATH}?image=${imageId}` };
    },
    () => ADMIN_PATH,
  );
}
