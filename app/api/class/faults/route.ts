// The lab bench's failure switches (instructor only): GET lists them with what to watch, DELETE turns all off.
import { requireInstructor } from "@/infra/access/instructor-access";
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { listFaults, resetFaults } from "@/infra/faults/switch-fault";
import { errorResponse } from "@/serverless/gateway/error-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    requireInstructor(request.headers);
    return Response.json(await listFaults(), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}

export async function DELETE(request: Request) {
  try {
    requireInstructor(request.headers);
    requireSameOriginJson(request);
    return Response.json(await resetFaults(), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
