// POST /api/hybrid/admin/pets — the hybrid's "Add pet" form (multipart: fields + photo), CSRF-checked like every
// server-rendered form. The facade routes the photo by the images switch (hybrid/images/add-pet-hybrid.ts); both
// ways answer 303 to /hybrid/admin?image=<id>, where the status says which part processed it. Outside proxy.ts's
// matcher, like the monolith's upload route, so an over-size body is refused from its Content-Length (413).
import type { NextRequest } from "next/server";
import { handleFormPost } from "@/monolith/forms/handle-form-post";
import { addPetFields, refuseOversizeUpload } from "@/monolith/forms/upload-body-limit";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridUser } from "@/hybrid/auth/hybrid-user";
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
  const refused = await refuseOversizeUpload(request, ADMIN_PATH);
  if (refused) return refused;
  return handleFormPost(
    request,
    async (form) => {
      const facade = await hybridFacade();
      const user = await hybridUser(facade);
      if (!user) return { redirectTo: `/hybrid/login?next=${encodeURIComponent(ADMIN_PATH)}` };
      const { imageId } = await addPetHybrid(facade, user, addPetFields(form));
      return { redirectTo: `${ADMIN_PATH}?image=${imageId}` };
    },
    () => ADMIN_PATH,
  );
}
