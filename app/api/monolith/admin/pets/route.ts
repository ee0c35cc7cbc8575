// Form handler: the monolith's "Add pet" (multipart: fields + photo). Admins only, CSRF-checked like every
// monolith form; the session, the role and the declared size are checked before the body is read, and a few
// uploads at most are read at once (infra/http/upload-slots.ts). A body over the size limit gets a 413 page. Success: 303 to
// /monolith/admin?image=<id>, where the per-step status shows (JS or not). This route is outside proxy.ts's
// matcher, which would buffer (and cut at 10 MB) the body before the route ever saw it.
import type { NextRequest } from "next/server";
import { AppError } from "@/core/errors/app-error";
import { handleFormPost } from "@/monolith/forms/handle-form-post";
import { MAX_UPLOAD_BODY_BYTES, addPetFields, refuseOversizeUpload } from "@/monolith/forms/upload-body-limit";
import { enqueueImageJob } from "@/monolith/images/enqueue-image-job";

const ADMIN_PATH = "/monolith/admin";

export async function POST(request: NextRequest) {
  return handleFormPost(
    request,
    async (form) => {
      const { imageId } = await enqueueImageJob(addPetFields(form));
      return { redirectTo: `${ADMIN_PATH}?image=${imageId}` };
    },
    () => ADMIN_PATH,
    {
      // Who and how big, before a byte of the photo is read (an anonymous 9 MB post is refused unread).
      before: (session) => {
        if (!session.user) throw AppError.of("unauthorized", "admin.loginToAddPets");
        if (session.user.role !== "admin") throw AppError.of("forbidden", "admin.onlyAdmins");
        return refuseOversizeUpload(request, ADMIN_PATH);
      },
      maxBytes: MAX_UPLOAD_BODY_BYTES,
      uploadSlot: true,
    },
  );
}
