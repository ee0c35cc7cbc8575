// The architecture lens's span API.
// GET  /api/lens/spans?since=&traceId=&component=&limit= → { spans: LensSpan[] } (newest last); traceId may
//      list several ids separated by commas (a tab asks for the traces of its own last actions).
// POST /api/lens/spans { spans: [...] } → 202: browser timings, stored with component "browser".
import { browserSpanBatch, MAX_BROWSER_BATCH_BYTES, toBrowserLensSpans } from "@/core/telemetry/browser-span-batch";
import { isLensComponent } from "@/core/telemetry/span";
import { lensSpanStore } from "@/infra/telemetry/lens-span-store";

// Spans change on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const MAX_LIMIT = 2000;

function bad(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: NO_STORE });
}

export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams;
  const since = q.get("since");
  const limit = q.get("limit");
  const component = q.get("component");
  const traceIds = q.get("traceId")?.split(",").map((s) => s.trim()).filter(Boolean).slice(0, 100);
  if (since !== null && !Number.isFinite(Number(since))) return bad(400, "bad_request", "since must be epoch milliseconds.");
  if (limit !== null && !(Number.isInteger(Number(limit)) && Number(limit) >= 0)) return bad(400, "bad_request", "limit must be a non-negative integer.");
  if (component !== null && !isLensComponent(component)) return bad(400, "bad_request", `Unknown component "${component}".`);
  const spans = lensSpanStore().list({
    sinceMs: since === null ? undefined : Number(since),
    traceId: traceIds && traceIds.length > 0 ? traceIds : undefined,
    component: component ?? undefined,
    limit: Math.min(limit === null ? MAX_LIMIT : Number(limit), MAX_LIMIT),
  });
  return Response.json({ spans }, { headers: NO_STORE });
}

export async function POST(request: Request): Promise<Response> {
  // LENS_DISABLED=1 (the overhead baseline): accept and drop, so pages never see an error for it.
  if (process.env.LENS_DISABLED === "1" || process.env.LENS_DISABLED === "true") return new Response(null, { status: 202, headers: NO_STORE });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BROWSER_BATCH_BYTES) return bad(413, "payload_too_large", "A span batch may be at most 64 KB.");
  const text = await request.text();
  if (text.length > MAX_BROWSER_BATCH_BYTES) return bad(413, "payload_too_large", "A span batch may be at most 64 KB.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return bad(400, "bad_request", "The body must be JSON: { spans: [...] }.");
  }
  const parsed = browserSpanBatch.safeParse(body);
  if (!parsed.success) return bad(400, "bad_request", `Invalid span batch: ${parsed.error.issues[0]?.message ?? "invalid"}.`);
  const store = lensSpanStore();
  for (const span of toBrowserLensSpans(parsed.data)) store.add(span);
  return new Response(null, { status: 202, headers: NO_STORE });
}
