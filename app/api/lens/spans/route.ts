// The architecture lens's span API.
// GET  /api/lens/spans?since=&traceId=&component=&limit= → { spans: LensSpan[], truncated } (newest last, at most
//      1000 spans and 256 KB; page forward in time with ?since=<ms>). A visitor sees only the spans of their own
//      requests (the pst_vid cookie); the instructor (cookie or x-class-key) sees everyone's. traceId may list
//      several ids separated by commas (a tab asks for the traces of its own last actions).
// POST /api/lens/spans { spans: [...] } → 202: browser timings, stored with component "browser" under the
//      poster's visitor id, in a store of their own (server spans are never pushed out); 429 when a client posts
//      too often, 413 over 64 KB.
import { z } from "zod";
import { browserSpanBatch, MAX_BROWSER_BATCH_BYTES, toBrowserLensSpans } from "@/lens/model/browser-span-batch";
import { capSpanList } from "@/lens/model/cap-span-list";
import { isLensComponent, type LensSpan } from "@/lens/model/span";
import { clientIp } from "@/infra/access/client-ip";
import { isInstructor } from "@/infra/access/instructor-access";
import { visitorKeyFromHeaders } from "@/infra/access/visitor-id";
import { browserSpanStore, spendBrowserPost } from "@/lens/server/browser-span-store";
import { lensSpanStore } from "@/lens/server/lens-span-store";
import { env } from "@/core/config/env";
import { AppError } from "@/core/errors/app-error";
import { jsonRoute } from "@/infra/http/json-route";
import { readJsonBody, refuseDeclaredOversize } from "@/infra/http/read-body";
import { parseInput } from "@/core/errors/parse-input";

// Spans change on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

const MAX_LIMIT = 1000;
const SPAN_BODY = {
  maxBytes: MAX_BROWSER_BATCH_BYTES,
  tooLarge: { id: "lens.batchTooLarge" },
  invalid: "lens.batchShape",
} as const;

const spanQuery = z.object({
  since: z
    .string()
    .refine((s) => Number.isFinite(Number(s)), "since must be epoch milliseconds.")
    .transform(Number)
    .optional(),
  limit: z
    .string()
    .refine((s) => Number.isInteger(Number(s)) && Number(s) >= 0, "limit must be a non-negative integer.")
    .transform((s) => Math.min(Number(s), MAX_LIMIT))
    .default(MAX_LIMIT),
  component: z
    .string()
    .refine(isLensComponent, { error: (issue) => `Unknown component "${String(issue.input)}".` })
    .optional(),
  // Several ids separated by commas: a tab asks for the traces of its own last actions.
  traceId: z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean)
        .slice(0, 100),
    )
    .transform((ids) => (ids.length > 0 ? ids : undefined))
    .optional(),
});

/** What leaves the server: the visitor a span is filed under stays inside. */
function publicSpan({ visitor: _visitor, ...span }: LensSpan): LensSpan {
  return span;
}

export const GET = jsonRoute({ query: spanQuery }, ({ request, query }) => {
  const everyone = isInstructor(request.headers);
  const visitor = visitorKeyFromHeaders(request.headers);
  // No visitor cookie and not the instructor: nothing is theirs. A visitor's own spans are looked up, not filtered
  // out of everyone's: the lens polls this for every open panel.
  if (!everyone && visitor === undefined) return { spans: [], truncated: false };
  const own = { sinceMs: query.since, traceId: query.traceId, component: query.component, visitor: everyone ? undefined : visitor };
  const spans = [...lensSpanStore().list(own), ...browserSpanStore().list(own)].sort((a, b) => a.startMs - b.startMs);
  const capped = capSpanList(spans, query.limit);
  return { spans: capped.spans.map(publicSpan), truncated: capped.truncated };
});

// Not same-origin-checked: a visitor's timings land only in that visitor's own store (the cookie), seen by no one else.
export const POST = jsonRoute({}, async ({ request }) => {
  // LENS_DISABLED=1 (the overhead baseline): accept and drop, so pages never see an error for it.
  if (env().LENS_DISABLED) return new Response(null, { status: 202 });
  // Spans are filed under their poster; a client without a visitor cookie (not a browser of ours) posts nothing.
  const visitor = visitorKeyFromHeaders(request.headers);
  if (!visitor) throw AppError.of("forbidden", "lens.onlyThisSite");
  refuseDeclaredOversize(request, SPAN_BODY); // before the post is counted against the client
  const retryAfter = await spendBrowserPost(clientIp(request.headers), visitor);
  if (retryAfter > 0) throw AppError.of("rate_limited", "lens.tooManyBatches", { seconds: retryAfter }, { retryAfterSeconds: retryAfter });
  const batch = parseInput(browserSpanBatch, await readJsonBody(request, SPAN_BODY));
  const store = browserSpanStore();
  for (const span of toBrowserLensSpans(batch)) store.add(visitor, { ...span, visitor });
  return new Response(null, { status: 202 });
});
