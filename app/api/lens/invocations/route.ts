// GET /api/lens/invocations?since=<epoch ms> → { now, invocations }: function invocations after `since`.
import { jsonRoute } from "@/infra/http/json-route";
import { listRecentInvocations } from "@/lens/server/list-recent-invocations";

export const dynamic = "force-dynamic";

export const GET = jsonRoute({}, ({ request }) => {
  const raw = Number(new URL(request.url).searchParams.get("since"));
  const since = Number.isFinite(raw) && raw > 0 ? raw : 0; // junk or absent: everything still in the log
  return { now: Date.now(), invocations: listRecentInvocations(since) };
});
