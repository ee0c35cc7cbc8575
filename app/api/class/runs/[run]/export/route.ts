// GET /api/class/runs/{publicId}/export → the run's recording as one JSON file (format:
//   classroom/model/run-recording.ts, JSON Schema: classroom/model/class-run.schema.json), as a download. Instructor
//   only; 404 for an unknown run.
import { jsonRoute } from "@/infra/http/json-route";
import { exportFileName, exportRun } from "@/classroom/server/run-archive-ops";

export const dynamic = "force-dynamic";

export const GET = jsonRoute<undefined, undefined, { run: string }>({ who: "instructor" }, async ({ params }) => {
  const recording = await exportRun(params.run);
  return new Response(JSON.stringify(recording), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(recording)}"`,
    },
  });
});
