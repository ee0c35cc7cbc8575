// POST /api/class/reset { confirm: "reset" } → { reset: true, pets, uploadsDeleted, blobsDeleted }. Instructor only,
// same-site JSON only: puts the catalog, stock, orders, uploads, blobs and pipeline rows back to the seed.
import { resetStoreSchema } from "@/classroom/model/class-schemas";
import { jsonRoute } from "@/infra/http/json-route";
import { CLASS_JSON_BYTES } from "@/infra/http/read-body";
import { resetStoreNow } from "@/classroom/server/reset-store";

export const dynamic = "force-dynamic";

export const POST = jsonRoute({ who: "instructor", body: { maxBytes: CLASS_JSON_BYTES, schema: resetStoreSchema } }, async () => {
  const { pets, uploadsDeleted, blobsDeleted } = await resetStoreNow();
  return { reset: true, pets, uploadsDeleted, blobsDeleted };
});
