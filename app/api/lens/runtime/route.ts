// POST /api/lens/runtime { idleTimeoutMs?, coldStartExtraMs?, maxConcurrency?, resetInstances?, restoreDefaults? }
// → { limits }. Changes the function runtime for everyone, so only the instructor may (cookie or x-class-key),
// and only with a same-site JSON request (a cross-site text/plain POST must not slip through).
import { jsonRoute } from "@/infra/http/json-route";
import { applyRuntimeControls } from "@/lens/server/apply-runtime-controls";

export const POST = jsonRoute({ who: "instructor", body: { invalid: "request.controlsObject" } }, ({ body }) => ({
  limits: applyRuntimeControls(body),
}));
