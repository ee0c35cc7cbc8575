// GET /api/class/evidence → { evidence, loadChart }: the step on screen as the audience screen shows its evidence —
// the search function's instances and this step's calls, the room's latest calls, the generated load (with its
// chart) and the lens's summary of the latest call. Anyone may read it, like the audience screen: counts, numbers
// and component names, nothing of who made a call. Throttled per address (each read looks through the lens's store).
import { jsonRoute } from "@/infra/http/json-route";
import { roomEvidence } from "@/classroom/server/step-evidence";
import { consumeClassLimit } from "@/classroom/server/class-rate-limits";

export const dynamic = "force-dynamic";

export const GET = jsonRoute({ limit: (request) => consumeClassLimit("evidence", request.headers) }, () => roomEvidence());
