// POST /api/lens/runtime { idleTimeoutMs?, coldStartExtraMs?, maxConcurrency?, resetInstances?, restoreDefaults? }
// → { limits }. A teaching control: open in the embedded default, admin-only elsewhere (see may-control-runtime).
import { AppError } from "@/core/errors/app-error";
import { errorResponse } from "@/serverless/gateway/error-response";
import { applyRuntimeControls } from "@/serverless/lens/apply-runtime-controls";
import { mayControlRuntime } from "@/serverless/lens/may-control-runtime";

export async function POST(request: Request) {
  try {
    if (!(await mayControlRuntime(request))) throw new AppError("forbidden", "Only an admin may change the function runtime on a shared deployment.");
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      throw new AppError("bad_request", "Send the controls as a JSON object.");
    }
    return Response.json({ limits: applyRuntimeControls(body) }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e);
  }
}
