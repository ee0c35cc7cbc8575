// GET /api/class/state → the class as this browser may see it (instructor, student or audience); the instructor's
//   carries the run's join `code` and `joinUrl`.
// POST /api/class/state { action: "start", lessonId } | { action: "restart" | "next" | "previous" | "end" | "clear-roster" }
//   | { action: "go", lessonId, step } | { action: "reveal", revealed } | { action: "remove", student }
//   → { view, setup }. Instructor only, same-site JSON only.
import { localeOfHeaders } from "@/core/i18n/locale";
import { classCommandSchema } from "@/classroom/model/class-schemas";
import { jsonRoute } from "@/infra/http/json-route";
import { CLASS_JSON_BYTES } from "@/infra/http/read-body";
import { renderClassView } from "@/classroom/server/class-view";
import { joinUrl, joinUrlWithCode } from "@/classroom/server/join-url";
import { runClassCommand } from "@/classroom/server/run-class-command";
import { viewForRequest } from "@/classroom/server/view-for-request";

export const dynamic = "force-dynamic";

export const GET = jsonRoute({}, async ({ request }) => (await viewForRequest(request.headers)).view);

export const POST = jsonRoute(
  { who: "instructor", body: { maxBytes: CLASS_JSON_BYTES, schema: classCommandSchema } },
  async ({ request, body }) => {
    const { setup, room } = await runClassCommand(body);
    const view = renderClassView(room, "instructor", localeOfHeaders(request.headers));
    return { view: { ...view, joinUrl: joinUrlWithCode(joinUrl(request.headers), room.snapshot.code) }, setup };
  },
);
