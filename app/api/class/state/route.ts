// GET /api/class/state → the class as this browser may see it (instructor, student or audience); the instructor's
//   carries the run's join `code` and `joinUrl`.
// POST /api/class/state { action: "start", lessonId } | { action: "restart" | "next" | "previous" | "end" | "clear-roster" }
//   | { action: "go", lessonId, step } | { action: "reveal", revealed } | { action: "remove", student }
//   → { view, setup }. Instructor only, same-site JSON only.
import { requireInstructor } from "@/infra/access/instructor-access";
import { localeOfHeaders } from "@/core/i18n/locale";
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { classCommandSchema } from "@/core/lessons/class-schemas";
import { errorResponse } from "@/serverless/gateway/error-response";
import { renderClassView } from "@/class/class-view";
import { joinUrl, joinUrlWithCode } from "@/class/join-url";
import { CLASS_JSON_BYTES, readJsonBody } from "@/infra/http/read-body";
import { runClassCommand } from "@/class/run-class-command";
import { viewForRequest } from "@/class/view-for-request";

export const dynamic = "force-dynamic";
const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(request: Request) {
  try {
    return Response.json((await viewForRequest(request.headers)).view, { headers: NO_STORE });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}

export async function POST(request: Request) {
  try {
    requireInstructor(request.headers);
    requireSameOriginJson(request);
    const command = await readJsonBody(request, { maxBytes: CLASS_JSON_BYTES, schema: classCommandSchema });
    const { setup, room } = await runClassCommand(command);
    const view = renderClassView(room, "instructor", localeOfHeaders(request.headers));
    return Response.json(
      { view: { ...view, joinUrl: joinUrlWithCode(joinUrl(request.headers), room.snapshot.code) }, setup },
      { headers: NO_STORE },
    );
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
