// GET /api/class/runs/{publicId}/export → the run's recording as one JSON file (format: core/lessons/run-recording.ts,
//   JSON Schema: core/lessons/class-run.schema.json), as a download. Instructor only; 404 for an unknown run.
import { requireInstructor } from "@/infra/access/instructor-access";
import { errorResponse } from "@/serverless/gateway/error-response";
import { exportFileName, exportRun } from "@/class/run-archive-ops";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ run: string }> }) {
  try {
    requireInstructor(request.headers);
    const recording = await exportRun((await params).run);
    return new Response(JSON.stringify(recording), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(recording)}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
