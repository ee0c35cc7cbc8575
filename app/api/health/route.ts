// GET /api/health → { ok, db, storage, queue } (public contract); 200 when ok, else 503 for load balancers.
import { checkHealth } from "@/infra/health/check-health";

// Never prerendered or cached: every call must probe the live database and storage.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
