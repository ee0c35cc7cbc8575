// GET /api/health → { ok, db, storage, queue } (public contract); 200 when ok, else 503 for load balancers.
import { checkHealth } from "@/infra/health/check-health";
import { jsonRoute } from "@/infra/http/json-route";

// Never prerendered or cached: every call must probe the live database and storage.
export const dynamic = "force-dynamic";

export const GET = jsonRoute({}, async () => {
  const report = await checkHealth();
  return Response.json(report, { status: report.ok ? 200 : 503 });
});
