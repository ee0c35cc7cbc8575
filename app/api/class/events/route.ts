// GET /api/class/events — server-sent events: the class as this browser may see it, once on connect and again
// on every change (next step, reveal, a new answer, a student joining). Phones, the audience screen and the
// presenter all follow the class through this one stream, each in its own language (cookie, else Accept-Language).
import { isInstructor } from "@/infra/access/instructor-access";
import { localeOfHeaders } from "@/core/i18n/locale";
import { jsonRoute } from "@/infra/http/json-route";
import { classEventStream } from "@/classroom/server/class-event-stream";
import { consumeClassLimit } from "@/classroom/server/class-rate-limits";
import { studentIdFrom } from "@/classroom/server/student-cookie";
import { clientIp } from "@/infra/access/client-ip";

export const dynamic = "force-dynamic";

export const GET = jsonRoute({ limit: (request) => consumeClassLimit("events", request.headers) }, async ({ request }) => {
  const stream = await classEventStream(
    {
      instructor: isInstructor(request.headers),
      studentId: studentIdFrom(request.headers),
      locale: localeOfHeaders(request.headers),
      address: clientIp(request.headers),
    },
    request.signal,
  );
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: the compression in front must not buffer the stream.
      "Cache-Control": "no-cache, no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
