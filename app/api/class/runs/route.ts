// POST /api/class/runs — import an exported run (the file's JSON as the body, at most 5 MB) → 201 { publicId,
//   replay }. Instructor only, same-site JSON only. An invalid file is 400, an oversized one 413; neither stores
//   anything (classroom/server/run-archive-ops.ts). The list itself is the page /class/runs.
import { jsonRoute } from "@/infra/http/json-route";
import { IMPORT_LIMITS, importRun } from "@/classroom/server/run-archive-ops";

export const dynamic = "force-dynamic";

export const POST = jsonRoute({ who: "instructor", body: { ...IMPORT_LIMITS, invalid: "archive.invalid" } }, async ({ body }) => {
  const { publicId } = await importRun(body);
  return Response.json({ publicId, replay: `/class/replay/${publicId}` }, { status: 201 });
});
