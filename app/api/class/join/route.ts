// POST /api/class/join { name? } → { joined: true } and the student cookie. No account: a random id is enough to
// count one answer per student. Rate-limited per client IP; the class has a cap on students.
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { parseInput } from "@/core/errors/parse-input";
import { joinClassSchema } from "@/core/lessons/class-schemas";
import { errorResponse } from "@/serverless/gateway/error-response";
import { consumeClassLimit } from "@/class/class-rate-limits";
import { joinClass } from "@/class/join-class";
import { readJsonBody } from "@/class/read-json-body";
import { studentCookieHeader } from "@/class/student-cookie";

export async function POST(request: Request) {
  try {
    requireSameOriginJson(request);
    await consumeClassLimit("join", request.headers);
    const { name } = parseInput(joinClassSchema, await readJsonBody(request));
    const { studentId } = await joinClass(request.headers, name);
    return Response.json(
      { joined: true },
      { status: 201, headers: { "Cache-Control": "no-store", "Set-Cookie": studentCookieHeader(studentId) } },
    );
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
