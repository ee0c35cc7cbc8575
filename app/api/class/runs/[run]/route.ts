// DELETE /api/class/runs/{publicId} → 200 { deleted: true }: the run with its roster, answers and recording.
//   Instructor only, same-site only; 404 for an unknown run, 409 for the run the room is on now.
import { jsonRoute } from "@/infra/http/json-route";
import { deleteRun } from "@/classroom/server/run-archive-ops";

export const dynamic = "force-dynamic";

export const DELETE = jsonRoute<undefined, undefined, { run: string }>({ who: "instructor", sameOrigin: "origin" }, async ({ params }) => {
  await deleteRun(params.run);
  return { deleted: true };
});
