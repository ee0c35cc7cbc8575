// POST /api/class/join { code, name? } → 201 { joined: true } and the student cookie. No account: a random id is
// enough to count one answer per student. The code is the current run's (a wrong or old one: 403); at most
// CLASS_PER_ADDRESS students per client address per run and 300 per run (409 beyond); rate-limited per client IP.
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
    const input = await readJsonBody(request, { maxBytes: CLASS_JSON_BYTES, schema: joinClassSchema });
    const { studentId } = await joinClass(request.headers, input);
    return Response.json(
      { joined: true },
      { status: 201, headers: { "Cache-Control": "no-store", "Set-Cookie": studentCookieHeader(studentId) } },
    );
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
