// The lab bench's load generator (instructor only): POST starts a run → 202 { runId } (409 while one runs), GET
// reports it, DELETE stops it. See docs/lab-bench.md.
import { loadSettingsSchema, normalizeLoadSettings } from "@/core/lab-bench/load-settings-schema";
import { requireInstructor } from "@/infra/access/instructor-access";
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { loadStatus, startLoad, stopLoad } from "@/infra/lab-bench/load-generator";
import { errorResponse } from "@/serverless/gateway/error-response";
import { listInstances } from "@/serverless/runtime/function-runtime";
import { readJsonBody } from "@/infra/http/read-body";

export const dynamic = "force-dynamic";
const NO_STORE = { "Cache-Control": "no-store" };

export async function POST(request: Request) {
  try {
    requireInstructor(request.headers);
    requireSameOriginJson(request);
    const settings = normalizeLoadSettings(
      await readJsonBody(request, { schema: loadSettingsSchema, invalid: "Send the settings as a JSON object." }),
    );
    return Response.json(await startLoad(settings, { instances: () => listInstances().length }), { status: 202, headers: NO_STORE });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}

export async function GET(request: Request) {
  try {
    requireInstructor(request.headers);
    return Response.json(loadStatus(), { headers: NO_STORE });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}

export async function DELETE(request: Request) {
  try {
    requireInstructor(request.headers);
    requireSameOriginJson(request);
    const stopped = await stopLoad();
    return Response.json({ stopped, status: loadStatus() }, { headers: NO_STORE });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
