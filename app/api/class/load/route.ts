// The lab bench's load generator (instructor only): POST starts a run → 202 { runId } (409 while one runs), GET
// reports it, DELETE stops it. See docs/lab-bench.md.
import { loadSettingsSchema, normalizeLoadSettings } from "@/classroom/model/load-settings-schema";
import { jsonRoute } from "@/infra/http/json-route";
import { loadStatus, startLoad, stopLoad } from "@/classroom/server/bench/load-generator";
import { listInstances } from "@/serverless/runtime/function-runtime";

export const dynamic = "force-dynamic";

export const POST = jsonRoute(
  { who: "instructor", body: { schema: loadSettingsSchema, invalid: "request.settingsObject" } },
  async ({ body }) =>
    Response.json(await startLoad(normalizeLoadSettings(body), { instances: () => listInstances().length }), { status: 202 }),
);

export const GET = jsonRoute({ who: "instructor" }, () => loadStatus());

export const DELETE = jsonRoute({ who: "instructor", sameOrigin: "json" }, async () => ({
  stopped: await stopLoad(),
  status: loadStatus(),
}));
