// POST /api/lens/runtime { idleTimeoutMs?, coldStartExtraMs?, maxConcurrency?, resetInstances?, restoreDefaults? }
// → { limits }. Changes the function runtime for everyone, so only the instructor may (cookie or x-class-key),
// and only with a same-site JSON request (a cross-site text/plain POST must not slip through).
import { requireInstructor } from "@/infra/access/instructor-access";
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { readJsonBody } from "@/infra/http/read-body";
import { errorResponse } from "@/serverless/gateway/error-response";
import { applyRuntimeControls } from "@/lens/server/apply-runtime-controls";

export async function POST(request: Request) {
  try {
    requireInstructor(request.headers);
    requireSameOriginJson(request);
    const body = await readJsonBody(request, { invalid: "Send the controls as a JSON object." });
    return Response.json({ limits: applyRuntimeControls(body) }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
