// POST /api/class/join { name? } → { joined: true } and the student cookie. No account: a random id is enough to
// count one answer per student. Rate-limited per client IP; the class has a cap on students.
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { joinClassSchema } from "@/core/lessons/class-schemas";
import { errorResponse } from "@/serverless/gateway/error-response";
import { consumeClassLimit } from "@/class/class-rate-limits";
import { joinClass } from "@/class/join-class";
import { CLASS_JSON_BYTES, readJsonBody } from "@/infra/http/read-body";
import { studentCookieHeader } from "@/class/student-cookie";

export async function POST(request: Request) {
  try {
    requireSameOriginJson(request);
    await consumeClassLimit("join", request.headers);
    const { name } = await readJsonBody(request, { maxBytes: CLASS_JSON_BYTES, schema: joinClassSchema });
    const { studentId } = await joinClass(request.headers, name);
    return Response.json(
      { joined: true },
      { status: 201, headers: { "Cache-Control": "no-store", "Set-Cookie": studentCookieHeader(studentId) } },
    );
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
