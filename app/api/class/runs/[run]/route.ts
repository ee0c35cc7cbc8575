// DELETE /api/class/runs/{publicId} → 200 { deleted: true }: the run with its roster, answers and recording.
//   Instructor only, same-site only; 404 for an unknown run, 409 for the run the room is on now.
import { requireInstructor } from "@/infra/access/instructor-access";
import { requireSameOrigin } from "@/infra/access/require-same-origin-json";
import { errorResponse } from "@/serverless/gateway/error-response";
import { deleteRun } from "@/class/run-archive-ops";

export const dynamic = "force-dynamic";

export async function DELETE(request: Request, { params }: { params: Promise<{ run: string }> }) {
  try {
    requireInstructor(request.headers);
    requireSameOrigin(request);
    await deleteRun((await params).run);
    return Response.json({ deleted: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
