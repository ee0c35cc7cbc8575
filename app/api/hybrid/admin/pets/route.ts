// POST /api/hybrid/admin/pets — the hybrid's "Add pet" form (multipart: fields + photo), CSRF-checked like every
// server-rendered form. The facade routes the photo by the images switch (hybrid/images/add-pet-hybrid.ts); both
// ways answer 303 to /hybrid/admin?image=<id>, where the status says which part processed it. Outside proxy.ts's
// matcher, like the monolith's upload route, so an over-size body is refused from its Content-Length (413).
import type { NextRequest } from "next/server";
import { IMAGE_ERRORS, MAX_UPLOAD_BYTES } from "@/core/images/image-rules";
import { handleFormPost } from "@/monolith/forms/handle-form-post";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridUser } from "@/hybrid/auth/hybrid-user";
import { addPetHybrid } from "@/hybrid/images/add-pet-hybrid";
import { visitorKeyFromHeaders } from "@/infra/access/visitor-id";
import { rememberTraceVisitor } from "@/lens/server/lens-visitors";
import { activeTraceId } from "@/lens/server/with-lens-span";

const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024; // the photo, plus the other fields and multipart framing
const ADMIN_PATH = "/hybrid/admin";

export async function POST(request: NextRequest) {
  // proxy.ts, which files every other request's trace under its visitor, does not run for this route: file it
  // here, so this visitor's lens shows the facade's decision for the upload ("image-upload → pipeline-steps").
  const traceId = activeTraceId();
  const visitor = visitorKeyFromHeaders(request.headers);
  if (traceId && visitor) rememberTraceVisitor(traceId, visitor);
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) {
    return new Response("A Content-Length is required for uploads.", {
      status: 411,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (length > MAX_BODY_BYTES) {
    return new Response(
      `<!doctype html><meta charset="utf-8"><title>File too large</title><main><h1>File too large</h1><p role="alert">${IMAGE_ERRORS.tooLargeFile}</p><p><a href="${ADMIN_PATH}">Back to Add pet</a></p></main>`,
      { status: 413, headers: { "content-type": "text/html; charset=utf-8", connection: "close" } },
    );
  }
  return handleFormPost(
    request,
    async (form) => {
      const facade = await hybridFacade();
      const user = await hybridUser(facade);
      if (!user) return { redirectTo: `/hybrid/login?next=${encodeURIComponent(ADMIN_PATH)}` };
      const { imageId } = await addPetHybrid(facade, user, {
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
