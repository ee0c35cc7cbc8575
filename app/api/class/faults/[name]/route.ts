// PUT /api/class/faults/{name} { enabled, params? } → the switch as it now is (instructor only).
import { requireInstructor } from "@/infra/access/instructor-access";
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { switchFault } from "@/infra/faults/switch-fault";
import { errorResponse } from "@/serverless/gateway/error-response";
import { readJsonBody } from "@/infra/http/read-body";

export async function PUT(request: Request, { params }: { params: Promise<{ name: string }> }) {
  try {
    requireInstructor(request.headers);
    requireSameOriginJson(request);
    return Response.json(
      await switchFault((await params).name, await readJsonBody(request, { invalid: "Send the settings as a JSON object." })),
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
