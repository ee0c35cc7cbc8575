// POST /api/class/runs — import an exported run (the file's JSON as the body, at most 5 MB) → 201 { publicId,
//   replay }. Instructor only, same-site JSON only. An invalid file is 400, an oversized one 413; neither stores
//   anything (class/run-archive-ops.ts). The list itself is the page /class/runs.
import { requireInstructor } from "@/infra/access/instructor-access";
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { errorResponse } from "@/serverless/gateway/error-response";
import { readJsonBody } from "@/infra/http/read-body";
import { ARCHIVE_SENTENCES, IMPORT_LIMITS, importRun } from "@/class/run-archive-ops";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    requireInstructor(request.headers);
    requireSameOriginJson(request);
    const { publicId } = await importRun(await readJsonBody(request, { ...IMPORT_LIMITS, invalid: ARCHIVE_SENTENCES.invalid }));
    return Response.json({ publicId, replay: `/class/replay/${publicId}` }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
