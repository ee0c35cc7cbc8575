// GET /api/class/state → the class as this browser may see it (instructor, student or audience).
// POST /api/class/state { action: "go", lessonId, step } | { action: "next" | "previous" | "end" }
//   | { action: "reveal", revealed } → { view, setup }. Instructor only, same-site JSON only.
import { isInstructor, requireInstructor } from "@/infra/access/instructor-access";
import { localeOfHeaders } from "@/core/i18n/locale";
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { classCommandSchema } from "@/core/lessons/class-schemas";
import { errorResponse } from "@/serverless/gateway/error-response";
import { classState } from "@/class/class-state";
import { classView } from "@/class/class-view";
import { readJsonBody } from "@/infra/http/read-body";
import { runClassCommand } from "@/class/run-class-command";
import { studentIdFrom } from "@/class/student-cookie";

export const dynamic = "force-dynamic";
const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(request: Request) {
  try {
    const who = {
      instructor: isInstructor(request.headers),
      studentId: studentIdFrom(request.headers),
      locale: localeOfHeaders(request.headers),
    };
    return Response.json(await classView(await classState().snapshot(), who), { headers: NO_STORE });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}

export async function POST(request: Request) {
  try {
    requireInstructor(request.headers);
    requireSameOriginJson(request);
    const command = await readJsonBody(request, { schema: classCommandSchema });
    const { setup } = await runClassCommand(command);
    return Response.json(
      { view: await classView(await classState().snapshot(), { instructor: true, locale: localeOfHeaders(request.headers) }), setup },
      { headers: NO_STORE },
    );
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
