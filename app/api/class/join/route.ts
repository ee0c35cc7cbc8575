// POST /api/class/join { code, name? } → 201 { joined: true } and the student cookie. No account: a random id is
// enough to count one answer per student. The code is the current run's (a wrong or old one: 403); at most
// CLASS_PER_ADDRESS students per client address per run and 300 per run (409 beyond); rate-limited per client IP.
import { joinClassSchema } from "@/classroom/model/class-schemas";
import { jsonRoute } from "@/infra/http/json-route";
import { CLASS_JSON_BYTES } from "@/infra/http/read-body";
import { consumeClassLimit } from "@/classroom/server/class-rate-limits";
import { joinClass } from "@/classroom/server/join-class";
import { studentCookieHeader } from "@/classroom/server/student-cookie";

export const POST = jsonRoute(
  { limit: (request) => consumeClassLimit("join", request.headers), body: { maxBytes: CLASS_JSON_BYTES, schema: joinClassSchema } },
  async ({ request, body }) => {
    const { studentId } = await joinClass(request.headers, body);
    return Response.json({ joined: true }, { status: 201, headers: { "Set-Cookie": studentCookieHeader(studentId) } });
  },
);
