// The architecture lens's span API.
// GET  /api/lens/spans?since=&traceId=&component=&limit= → { spans: LensSpan[], truncated } (newest last, at most
//      1000 spans and 256 KB; page forward in time with ?since=<ms>). A visitor sees only the spans of their own
//      requests (the pst_vid cookie); the instructor (cookie or x-class-key) sees everyone's. traceId may list
//      several ids separated by commas (a tab asks for the traces of its own last actions).
// POST /api/lens/spans { spans: [...] } → 202: browser timings, stored with component "browser" under the
//      poster's visitor id, in a store of their own (server spans are never pushed out); 429 when a client posts
//      too often, 413 over 64 KB.
import { browserSpanBatch, MAX_BROWSER_BATCH_BYTES, toBrowserLensSpans } from "@/lens/model/browser-span-batch";
import { capSpanList } from "@/lens/model/cap-span-list";
import { isLensComponent, type LensSpan } from "@/lens/model/span";
import { clientIp } from "@/infra/access/client-ip";
import { isInstructor } from "@/infra/access/instructor-access";
import { visitorKeyFromHeaders } from "@/infra/access/visitor-id";
import { browserSpanStore, spendBrowserPost } from "@/lens/server/browser-span-store";
import { lensSpanStore } from "@/lens/server/lens-span-store";
import { env } from "@/core/config/env";
import { toAppError } from "@/core/errors/app-error";
import { readJsonBody } from "@/infra/http/read-body";

// Spans change on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const MAX_LIMIT = 1000;

function bad(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { ...NO_STORE, ...headers } });
}

/** What leaves the server: the visitor a span is filed under stays inside. */
function publicSpan({ visitor: _visitor, ...span }: LensSpan): LensSpan {
  return span;
}

export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams;
  const since = q.get("since");
  const limit = q.get("limit");
  const component = q.get("component");
  const traceIds = q
    .get("traceId")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 100);
  if (since !== null && !Number.isFinite(Number(since))) return bad(400, "bad_request", "since must be epoch milliseconds.");
  if (limit !== null && !(Number.isInteger(Number(limit)) && Number(limit) >= 0))
    return bad(400, "bad_request", "limit must be a non-negative integer.");
  if (component !== null && !isLensComponent(component)) return bad(400, "bad_request", `Unknown component "${component}".`);
  const query = {
    sinceMs: since === null ? undefined : Number(since),
    traceId: traceIds && traceIds.length > 0 ? traceIds : undefined,
    component: component ?? undefined,
  };
  const everyone = isInstructor(request.headers);
  const visitor = visitorKeyFromHeaders(request.headers);
  // No visitor cookie and not the instructor: nothing is theirs. A visitor's own spans are looked up, not filtered
  // out of everyone's: the lens polls this for every open panel.
  if (!everyone && visitor === undefined) return Response.json({ spans: [], truncated: false }, { headers: NO_STORE });
  const own = { ...query, visitor: everyone ? undefined : visitor };
  const spans = [...lensSpanStore().list(own), ...browserSpanStore().list(own)].sort((a, b) => a.startMs - b.startMs);
  const capped = capSpanList(spans, Math.min(limit === null ? MAX_LIMIT : Number(limit), MAX_LIMIT));
  return Response.json({ spans: capped.spans.map(publicSpan), truncated: capped.truncated }, { headers: NO_STORE });
}

export async function POST(request: Request): Promise<Response> {
  // LENS_DISABLED=1 (the overhead baseline): accept and drop, so pages never see an error for it.
  if (env().LENS_DISABLED) return new Response(null, { status: 202, headers: NO_STORE });
  // Spans are filed under their poster; a client without a visitor cookie (not a browser of ours) posts nothing.
  const visitor = visitorKeyFromHeaders(request.headers);
  if (!visitor) return bad(403, "forbidden", "Browser timings are accepted only from a page of this site.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BROWSER_BATCH_BYTES)
    return bad(413, "payload_too_large", "A span batch may be at most 64 KB.");
  const retryAfter = await spendBrowserPost(clientIp(request.headers), visitor);
  if (retryAfter > 0)
    return bad(429, "rate_limited", `Too many span batches. Wait ${retryAfter} s.`, { "Retry-After": String(retryAfter) });
  let body: unknown;
  try {
    body = await readJsonBody(request, {
      maxBytes: MAX_BROWSER_BATCH_BYTES,
      tooLarge: "A span batch may be at most 64 KB.",
      invalid: "The body must be JSON: { spans: [...] }.",
    });
  } catch (e) {
    const error = toAppError(e);
    return bad(error.status, error.code, error.message);
  }
  const parsed = browserSpanBatch.safeParse(body);
  if (!parsed.success) return bad(400, "bad_request", `Invalid span batch: ${parsed.error.issues[0]?.message ?? "invalid"}.`);
  const store = browserSpanStore();
  for (const span of toBrowserLensSpans(parsed.data)) store.add(visitor, { ...span, visitor });
  return new Response(null, { status: 202, headers: NO_STORE });
}
