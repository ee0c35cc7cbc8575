// POST /api/class/reset { confirm: "reset" } → { reset: true, pets, uploadsDeleted, blobsDeleted }. Instructor only,
// same-site JSON only: puts the catalog, stock, orders, uploads, blobs and pipeline rows back to the seed.
import { requireInstructor } from "@/infra/access/instructor-access";
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { resetStoreSchema } from "@/core/lessons/class-schemas";
import { errorResponse } from "@/serverless/gateway/error-response";
import { CLASS_JSON_BYTES, readJsonBody } from "@/infra/http/read-body";
import { resetStoreNow } from "@/class/reset-store";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    requireInstructor(request.headers);
    requireSameOriginJson(request);
    await readJsonBody(request, { maxBytes: CLASS_JSON_BYTES, schema: resetStoreSchema });
    const { pets, uploadsDeleted, blobsDeleted } = await resetStoreNow();
    return Response.json({ reset: true, pets, uploadsDeleted, blobsDeleted }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
