// POST /api/hybrid/admin/pets — the hybrid's "Add pet" form (multipart: fields + photo), CSRF-checked like every
// server-rendered form. The facade routes the photo by the images switch (hybrid/images/add-pet-hybrid.ts); both
// ways answer 303 to /hybrid/admin?image=<id>, where the status says which part processed it. Outside proxy.ts's
// matcher, like the monolith's upload route, so an over-size body is refused from its Content-Length (413).
import type { NextRequest } from "next/server";
import { handleFormPost } from "@/monolith/forms/handle-form-post";
import { AppError } from "@/core/errors/app-error";
import { MAX_UPLOAD_BODY_BYTES, addPetFields, refuseOversizeUpload } from "@/monolith/forms/upload-body-limit";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridUser, type HybridUser } from "@/hybrid/auth/hybrid-user";
import { addPetHybrid } from "@/hybrid/images/add-pet-hybrid";
import { visitorKeyFromHeaders } from "@/infra/access/visitor-id";
import { rememberTraceVisitor } from "@/lens/server/lens-visitors";
import { activeTraceId } from "@/lens/server/with-lens-span";

const ADMIN_PATH = "/hybrid/admin";

export async function POST(request: NextRequest) {
  // proxy.ts, which files every other request's trace under its visitor, does not run for this route: file it
  // here, so this visitor's lens shows the facade's decision for the upload ("image-upload → pipeline-steps").
  const traceId = activeTraceId();
  const visitor = visitorKeyFromHeaders(request.headers);
  if (traceId && visitor) rememberTraceVisitor(traceId, visitor);
  const facade = await hybridFacade();
  let user: HybridUser | null = null;
  return handleFormPost(
    request,
    async (form) => {
      const { imageId } = await addPetHybrid(facade, user!, addPetFields(form));
      return { redirectTo: `${ADMIN_PATH}?image=${imageId}` };
    },
    () => ADMIN_PATH,
    {
      // Who and how big, before a byte of the photo is read (an anonymous 9 MB post is refused unread).
      before: async () => {
        user = await hybridUser(facade);
        if (!user) return { redirectTo: `/hybrid/login?next=${encodeURIComponent(ADMIN_PATH)}` };
        if (user.role !== "admin") throw AppError.of("forbidden", "admin.onlyAdmins");
        return refuseOversizeUpload(request, ADMIN_PATH);
      },
      maxBytes: MAX_UPLOAD_BODY_BYTES,
      uploadSlot: true,
    },
  );
}
